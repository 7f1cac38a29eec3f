import { recordAudit } from '../../../platform/audit/audit-log.ts';
import type { Account, RequestFacts } from '../../accounts/index.ts';
import { almatyDate } from '../../reference/index.ts';
import type { DeclarationsContext } from '../context.ts';
import { RepresentationErrors } from './errors.ts';
import {
  endRepresentation,
  findRepresentation,
  insertRepresentation,
  type Representation,
  type RepresentationKey,
} from './repository.ts';

/** A representation as answered: with whether it binds today (confirmed, and within its period). */
export const representationView = (r: Representation, today: string) => ({
  ...r,
  inForce: r.confirmedAt !== null && r.validFrom <= today && (r.validTo === null || r.validTo >= today),
});

/** Only a customs representative's account registers the declarants it acts for. */
export function assertRepresentative(account: Account): void {
  if (account.userType !== 'customs_representative') throw RepresentationErrors.DECL_REPRESENTATIVE_ONLY();
}

/** The audit subject of a representation: representative / declarant / contract. */
export const representationSubject = (key: RepresentationKey) =>
  `${key.representativeBin}/${key.declarantIinBin}/${key.contractNumber}`;

export const audit = (account: Account, facts: RequestFacts, key: string) => ({
  outcome: 'success' as const,
  actorAccountId: account.id,
  subjectType: 'customs_representation',
  subjectId: key,
  ip: facts.ip,
  requestId: facts.requestId,
});

/**
 * Registers a contract under which the caller, a customs representative, would act for a
 * declarant (issue 6 point 2). It binds nobody until the declarant confirms it with its signature
 * (confirm-representation.ts, ACC-9): only then, and while it is in force, does the identity rule
 * of control accept the representative's signature on the declarant's documents.
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
      ...audit(account, facts, representationSubject(representation)),
      details: representation,
    });
  });
  return representationView(
    { ...representation, confirmedAt: null, endedBy: null, paperBasis: null, createdAt: at.toISOString() },
    almatyDate(at),
  );
}

/** The representative ends a contract: it acts for the declarant up to and including `validTo` (today by default). */
export async function endRepresentationContract(
  ctx: Pick<DeclarationsContext, 'db' | 'clock'>,
  account: Account,
  facts: RequestFacts,
  key: { declarantIinBin: string; contractNumber: string },
  requested: { validTo?: string },
) {
  assertRepresentative(account);
  return endContract(ctx, account, facts, { representativeBin: account.iinBin, ...key }, requested, 'representative');
}

/**
 * Sets a contract's last day in force, as either side asks: a representative may not be held to
 * a client, nor a declarant to a representative it never chose or no longer wants (ACC-9).
 */
export async function endContract(
  ctx: Pick<DeclarationsContext, 'db' | 'clock'>,
  account: Account,
  facts: RequestFacts,
  key: RepresentationKey,
  requested: { validTo?: string },
  endedBy: 'representative' | 'declarant',
) {
  const at = ctx.clock.now();
  const today = almatyDate(at);
  return ctx.db.transaction(async (tx) => {
    const found = await findRepresentation(tx, key, { lock: true });
    if (!found) throw RepresentationErrors.DECL_REPRESENTATION_NOT_FOUND();
    let validTo = requested.validTo ?? today;
    // A declarant turning down a contract it never confirmed ends it whatever its dates: the
    // contract can no longer be confirmed (confirm-representation.ts), so it never binds.
    if (endedBy === 'declarant' && found.confirmedAt === null && validTo < found.validFrom) validTo = found.validFrom;
    if (found.validTo !== null && found.validTo < validTo)
      throw RepresentationErrors.DECL_REPRESENTATION_ENDED({ validTo: found.validTo });
    if (validTo < found.validFrom)
      throw RepresentationErrors.DECL_REPRESENTATION_PERIOD_INVALID({ validFrom: found.validFrom });
    await endRepresentation(tx, key, validTo, endedBy);
    await recordAudit(tx, at, {
      action: 'declaration.representation.end',
      ...audit(account, facts, representationSubject(key)),
      details: { validTo, previousValidTo: found.validTo, endedBy },
    });
    return representationView({ ...found, validTo, endedBy }, today);
  });
}
