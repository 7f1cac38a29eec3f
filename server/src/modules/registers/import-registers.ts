import { randomUUID } from 'node:crypto';
import { recordAudit } from '../../platform/audit/audit-log.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Database, Queryable } from '../../platform/db/database.ts';
import type { ImportSummary, RejectedRow } from '../reference/index.ts';
import type { RegisterFile, RegisterRow } from './read-register-csv.ts';

/** Every row refused (with those the file already had): the import writes nothing. */
class RowsRefused extends Error {
  constructor(readonly rejected: RejectedRow[]) {
    super('rows refused');
  }
}

/**
 * Imports a register file in one transaction with its audit record. An entry is known by its
 * register, IIN/BIN and first day: the same again is unchanged, with another number, name or end
 * it is changed, else added — unless it meets another entry of that person on that register.
 * A file with any refused line writes nothing: a register half-imported would let some persons
 * act and not others, so the operator fixes the lines named and imports the file again.
 */
export async function importRegisterEntries(
  db: Database,
  clock: Clock,
  file: RegisterFile,
  options: { fileName?: string } = {},
): Promise<ImportSummary & { written: boolean }> {
  const what = 'registers of persons in customs business (csv)';
  const none = { what, added: 0, changed: 0, unchanged: 0 };
  if (file.rejected.length > 0) return { ...none, rejected: file.rejected, written: false };
  const at = clock.now();
  try {
    return await db.transaction(async (tx) => {
      const counts = { added: 0, changed: 0, unchanged: 0 };
      const rejected: RejectedRow[] = [];
      for (const row of file.rows) {
        const outcome = await applyRow(tx, row, at);
        if (typeof outcome === 'string') counts[outcome]++;
        else rejected.push({ line: row.line, reason: outcome.reason });
      }
      if (rejected.length > 0) throw new RowsRefused(rejected);
      await recordAudit(tx, at, {
        action: 'register.import',
        outcome: 'success',
        subjectType: 'register',
        subjectId: [...new Set(file.rows.map((row) => row.register))].sort().join(',') || 'none',
        details: { file: options.fileName ?? null, ...counts },
      });
      return { what, ...counts, rejected: [], written: true };
    });
  } catch (error) {
    if (error instanceof RowsRefused) return { ...none, rejected: error.rejected, written: false };
    throw error;
  }
}

async function applyRow(
  tx: Queryable,
  row: RegisterRow,
  at: Date,
): Promise<'added' | 'changed' | 'unchanged' | { reason: string }> {
  const { rows: met } = await tx.query<{
    id: string;
    validFrom: string;
    validTo: string | null;
    registerNumber: string;
    name: string;
  }>(
    `select id, to_char(valid_from, 'YYYY-MM-DD') as "validFrom", to_char(valid_to, 'YYYY-MM-DD') as "validTo",
            register_number as "registerNumber", name
       from operator_register_entries
      where register = $1 and iin_bin = $2
        and (valid_to is null or valid_to >= $3::date) and ($4::date is null or valid_from <= $4::date)`,
    [row.register, row.iinBin, row.validFrom, row.validTo],
  );
  const same = met.find((entry) => entry.validFrom === row.validFrom);
  const other = met.find((entry) => entry.validFrom !== row.validFrom);
  if (other)
    return {
      reason: `meets the entry No. ${other.registerNumber} of ${row.iinBin} from ${other.validFrom} on this register`,
    };
  if (same) {
    if (same.validTo === row.validTo && same.registerNumber === row.registerNumber && same.name === row.name)
      return 'unchanged';
    await tx.query(
      'update operator_register_entries set register_number = $2, name = $3, valid_to = $4, updated_at = $5 where id = $1',
      [same.id, row.registerNumber, row.name, row.validTo, at],
    );
    return 'changed';
  }
  await tx.query(
    `insert into operator_register_entries
       (id, register, iin_bin, register_number, name, valid_from, valid_to, created_at, updated_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $8)`,
    [randomUUID(), row.register, row.iinBin, row.registerNumber, row.name, row.validFrom, row.validTo, at],
  );
  return 'added';
}
