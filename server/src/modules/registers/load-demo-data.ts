import { randomUUID } from 'node:crypto';
import type { Database, Queryable } from '../../platform/db/database.ts';
import { demoRegisterEntries } from './demo-data.ts';
import type { NewRegisterEntry } from './entries.ts';

/** Puts entries on the registers unless an entry of that person, register and first day is there; answers how many were added. */
export async function putOnRegisters(db: Queryable, entries: readonly NewRegisterEntry[], at: Date): Promise<number> {
  let added = 0;
  for (const entry of entries) {
    const { rowCount } = await db.query(
      `insert into operator_register_entries
         (id, register, iin_bin, register_number, name, valid_from, valid_to, created_at, updated_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $8) on conflict (register, iin_bin, valid_from) do nothing`,
      [
        randomUUID(),
        entry.register,
        entry.iinBin,
        entry.registerNumber,
        entry.name,
        entry.validFrom,
        entry.validTo,
        at,
      ],
    );
    added += rowCount;
  }
  return added;
}

/** The bundled demo registers; running it again changes nothing. */
export async function loadRegisterDemoData(db: Database): Promise<{ added: number }> {
  return db.transaction(async (tx) => ({ added: await putOnRegisters(tx, demoRegisterEntries, new Date()) }));
}
