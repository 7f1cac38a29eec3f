import type { OperatorRegister } from '@shekara/contracts/registers';
import type { Queryable } from '../../platform/db/database.ts';
import { firstRow } from '../../platform/db/first-row.ts';

/** The SQL of the registers of persons in customs business: dated entries, never deleted. */

export interface RegisterEntry {
  id: string;
  register: OperatorRegister;
  iinBin: string;
  registerNumber: string;
  name: string;
  validFrom: string;
  validTo: string | null;
  endReason: string | null;
  createdAt: string;
}

export type NewRegisterEntry = Omit<RegisterEntry, 'id' | 'endReason' | 'createdAt'>;

const columns = `id, register, iin_bin as "iinBin", register_number as "registerNumber", name,
  to_char(valid_from, 'YYYY-MM-DD') as "validFrom", to_char(valid_to, 'YYYY-MM-DD') as "validTo",
  end_reason as "endReason", to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "createdAt"`;

/**
 * The entry that puts `iinBin` on `register` on `day` (YYYY-MM-DD), or null: whether a person
 * may register and act as a user of that type that day (REG-5).
 */
export function entryInForce(
  db: Queryable,
  register: OperatorRegister,
  iinBin: string,
  day: string,
): Promise<RegisterEntry | null> {
  return firstRow<RegisterEntry>(
    db,
    `select ${columns} from operator_register_entries
      where register = $1 and iin_bin = $2 and valid_from <= $3::date and (valid_to is null or valid_to >= $3::date)
      order by valid_from desc limit 1`,
    [register, iinBin, day],
  );
}

/** An entry of the same person on the same register whose period meets [validFrom, validTo]. */
export function overlappingEntry(
  db: Queryable,
  entry: Pick<NewRegisterEntry, 'register' | 'iinBin' | 'validFrom' | 'validTo'>,
): Promise<RegisterEntry | null> {
  return firstRow<RegisterEntry>(
    db,
    `select ${columns} from operator_register_entries
      where register = $1 and iin_bin = $2
        and (valid_to is null or valid_to >= $3::date) and ($4::date is null or valid_from <= $4::date)
      order by valid_from limit 1`,
    [entry.register, entry.iinBin, entry.validFrom, entry.validTo],
  );
}

export async function insertEntry(
  db: Queryable,
  id: string,
  entry: NewRegisterEntry,
  createdBy: string | null,
  at: Date,
): Promise<void> {
  await db.query(
    `insert into operator_register_entries
       (id, register, iin_bin, register_number, name, valid_from, valid_to, created_by, created_at, updated_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9)`,
    [id, entry.register, entry.iinBin, entry.registerNumber, entry.name, entry.validFrom, entry.validTo, createdBy, at],
  );
}

export function findEntry(db: Queryable, id: string, options: { lock?: boolean } = {}): Promise<RegisterEntry | null> {
  return firstRow<RegisterEntry>(db, `select ${columns} from operator_register_entries where id = $1`, [id], {
    forUpdate: options.lock,
  });
}

export async function endEntry(db: Queryable, id: string, validTo: string, reason: string, at: Date): Promise<void> {
  await db.query('update operator_register_entries set valid_to = $2, end_reason = $3, updated_at = $4 where id = $1', [
    id,
    validTo,
    reason,
    at,
  ]);
}

export interface EntryFilter {
  register?: OperatorRegister;
  /** part of the IIN/BIN, the register number or the name */
  q?: string;
  /** in force that day */
  on?: string;
  offset: number;
  limit: number;
}

/** A page of entries, newest first, and how many match in all. */
export async function listEntries(
  db: Queryable,
  filter: EntryFilter,
): Promise<{ items: RegisterEntry[]; total: number }> {
  const like = filter.q === undefined ? null : `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`).toLowerCase()}%`;
  const where = `($1::text is null or register = $1)
    and ($2::text is null or iin_bin like $2 or lower(register_number) like $2 or lower(name) like $2)
    and ($3::date is null or (valid_from <= $3::date and (valid_to is null or valid_to >= $3::date)))`;
  const params = [filter.register ?? null, like, filter.on ?? null];
  const [{ rows: items }, { rows: counted }] = await Promise.all([
    db.query<RegisterEntry>(
      `select ${columns} from operator_register_entries where ${where}
        order by register, iin_bin, valid_from desc offset $4 limit $5`,
      [...params, filter.offset, filter.limit],
    ),
    db.query<{ total: number }>(`select count(*)::int as total from operator_register_entries where ${where}`, params),
  ]);
  return { items, total: counted[0]?.total ?? 0 };
}
