import { randomUUID } from 'node:crypto';
import { printedDate } from '@shekara/contracts/i18n';
import { recordAudit } from '../../platform/audit/audit-log.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Database, Queryable } from '../../platform/db/database.ts';
import type { Account, RequestFacts } from '../accounts/index.ts';
import {
  endEntry,
  findEntry,
  insertEntry,
  type NewRegisterEntry,
  overlappingEntry,
  type RegisterEntry,
} from './entries.ts';
import { RegisterErrors } from './errors.ts';

interface EditorContext {
  db: Database;
  clock: Clock;
}

/** Refuses an entry whose period is upside down or meets another entry of the same person on the same register. */
export async function checkNewEntry(db: Queryable, entry: NewRegisterEntry): Promise<void> {
  if (entry.validTo !== null && entry.validTo < entry.validFrom)
    throw RegisterErrors.REGISTER_ENTRY_PERIOD_INVALID({ validFrom: printedDate(entry.validFrom) });
  const overlapping = await overlappingEntry(db, entry);
  if (overlapping)
    throw RegisterErrors.REGISTER_ENTRY_OVERLAPS({ iinBin: entry.iinBin, registerNumber: overlapping.registerNumber });
}

const audit = (account: Account, facts: RequestFacts, id: string) => ({
  outcome: 'success' as const,
  actorAccountId: account.id,
  subjectType: 'register_entry',
  subjectId: id,
  ip: facts.ip,
  requestId: facts.requestId,
});

/** An officer puts a person on a register from the decision to include it (REG-3). */
export async function addRegisterEntry(
  ctx: EditorContext,
  account: Account,
  facts: RequestFacts,
  input: Omit<NewRegisterEntry, 'validTo'> & { validTo?: string },
): Promise<RegisterEntry> {
  const entry: NewRegisterEntry = { ...input, validTo: input.validTo ?? null };
  const at = ctx.clock.now();
  const id = randomUUID();
  return ctx.db.transaction(async (tx) => {
    // The advisory lock keeps two officers from adding overlapping entries of one person at once.
    await tx.query('select pg_advisory_xact_lock(hashtext($1))', [`register:${entry.register}:${entry.iinBin}`]);
    await checkNewEntry(tx, entry);
    await insertEntry(tx, id, entry, account.id, at);
    await recordAudit(tx, at, { action: 'register.entry.add', ...audit(account, facts, id), details: entry });
    return { ...entry, id, endReason: null, createdAt: at.toISOString() };
  });
}

/**
 * An officer ends an entry — the person excluded, suspended, its certificate expired: from the
 * day after `validTo` it can no longer register or act as that type. An end once set is not moved later.
 */
export async function endRegisterEntry(
  ctx: EditorContext,
  account: Account,
  facts: RequestFacts,
  id: string,
  input: { validTo: string; reason: string },
): Promise<RegisterEntry> {
  const at = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const found = await findEntry(tx, id, { lock: true });
    if (!found) throw RegisterErrors.REGISTER_ENTRY_NOT_FOUND();
    if (found.validTo !== null && found.validTo < input.validTo)
      throw RegisterErrors.REGISTER_ENTRY_ENDED({ validTo: printedDate(found.validTo) });
    if (input.validTo < found.validFrom)
      throw RegisterErrors.REGISTER_ENTRY_PERIOD_INVALID({ validFrom: printedDate(found.validFrom) });
    await endEntry(tx, id, input.validTo, input.reason, at);
    await recordAudit(tx, at, {
      action: 'register.entry.end',
      ...audit(account, facts, id),
      details: { validTo: input.validTo, previousValidTo: found.validTo, reason: input.reason },
    });
    return { ...found, validTo: input.validTo, endReason: input.reason };
  });
}
