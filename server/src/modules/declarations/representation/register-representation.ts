import { recordAudit } from '../../../platform/audit/audit-log.ts';
import type { Account, RequestFacts } from '../../accounts/index.ts';
import { almatyDate } from '../../reference/index.ts';
import type { DeclarationsContext } from '../context.ts';
import { RepresentationErrors } from './errors.ts';
import { endRepresentation, findRepresentation, insertRepresentation, type Representation } from './repository.ts';

/** A representation as answered: with whether it is in force today. */
export const representationView = (r: Representation, today: string) => ({
  ...r,
  inForce: r.validFrom <= today && (r.validTo === null || r.validTo >= today),
});

/** Only a customs representative's account registers the declarants it acts for. */
export function assertRepresentative(account: Account): void {
  if (account.userType !== 'customs_representative') throw RepresentationErrors.DECL_REPRESENTATIVE_ONLY();
}

const audit = (account: Account, facts: RequestFacts, key: string) => ({
  outcome: 'success' as const,
  actorAccountId: account.id,
  subjectType: 'customs_representation',
  subjectId: key,
  ip: facts.ip,
  requestId: facts.requestId,
});

/**
 * Registers a contract under which the caller, a customs representative, acts for a declarant
 * (issue 6 point 2): while it is in force, the representative signs and files the declarant's
 * documents, and the identity rule of control accepts its signature for them.
 */
export async function registerRepresentation(
  ctx: Pick<DeclarationsContext, 'db' | 'clock'>,
  account: Account,
  facts: RequestFacts,
  input: { declarantIinBin: string; contractNumber: string; contractDate: string; validFrom: string; validTo?: string },
) {
  assertRepresentative(account);
  if (input.declarantIinBin === account.iinBin) throw RepresentationErrors.DECL_REPRESENTATION_SELF();
  if (input.validTo !== undefined && input.validTo < input.validFrom)
    throw RepresentationErrors.DECL_REPRESENTATION_PERIOD_INVALID({ validFrom: input.validFrom });
  const at = ctx.clock.now();
  const representation = { representativeBin: account.iinBin, ...input, validTo: input.validTo ?? null };
  await ctx.db.transaction(async (tx) => {
    const inserted = await insertRepresentation(tx, { ...representation, createdBy: account.id }, at);
    if (!inserted) throw RepresentationErrors.DECL_REPRESENTATION_EXISTS({ contractNumber: input.contractNumber });
    await recordAudit(tx, at, {
      action: 'declaration.representation.register',
      ...audit(account, facts, `${account.iinBin}/${input.declarantIinBin}/${input.contractNumber}`),
      details: representation,
    });
  });
  return representationView({ ...representation, createdAt: at.toISOString() }, almatyDate(at));
}

/** Ends a contract: the representative acts for the declarant up to and including `validTo` (today by default). */
export async function endRepresentationContract(
  ctx: Pick<DeclarationsContext, 'db' | 'clock'>,
  account: Account,
  facts: RequestFacts,
  key: { declarantIinBin: string; contractNumber: string },
  requested: { validTo?: string },
) {
  assertRepresentative(account);
  const at = ctx.clock.now();
  const today = almatyDate(at);
  const validTo = requested.validTo ?? today;
  const fullKey = { representativeBin: account.iinBin, ...key };
  return ctx.db.transaction(async (tx) => {
    const found = await findRepresentation(tx, fullKey, { lock: true });
    if (!found) throw RepresentationErrors.DECL_REPRESENTATION_NOT_FOUND();
    if (found.validTo !== null && found.validTo < validTo)
      throw RepresentationErrors.DECL_REPRESENTATION_ENDED({ validTo: found.validTo });
    if (validTo < found.validFrom)
      throw RepresentationErrors.DECL_REPRESENTATION_PERIOD_INVALID({ validFrom: found.validFrom });
    await endRepresentation(tx, fullKey, validTo);
    await recordAudit(tx, at, {
      action: 'declaration.representation.end',
      ...audit(account, facts, `${account.iinBin}/${key.declarantIinBin}/${key.contractNumber}`),
      details: { validTo, previousValidTo: found.validTo },
    });
    return representationView({ ...found, validTo }, today);
  });
}
