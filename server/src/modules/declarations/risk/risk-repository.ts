import type { RiskConditions, RiskProfile } from '@shekara/contracts/declarations/risk';
import type { Queryable } from '../../../platform/db/database.ts';
import { firstRow, type RowLock } from '../../../platform/db/first-row.ts';

/** The SQL of risk profiles and of the declarant's history routing reads. */
const columns = `id, name, conditions, channel, priority, active, valid_from::text as "validFrom", valid_to::text as "validTo"`;

export interface StoredRiskProfile extends RiskProfile {
  createdAt: Date;
  updatedAt: Date;
}

export async function listRiskProfiles(db: Queryable): Promise<StoredRiskProfile[]> {
  const { rows } = await db.query<StoredRiskProfile>(
    `select ${columns}, created_at as "createdAt", updated_at as "updatedAt" from risk_profiles order by priority desc, name, id limit 1000`,
  );
  return rows;
}

export async function findRiskProfile(
  db: Queryable,
  id: string,
  options: RowLock = {},
): Promise<StoredRiskProfile | undefined> {
  const sql = `select ${columns}, created_at as "createdAt", updated_at as "updatedAt" from risk_profiles where id = $1`;
  return (await firstRow<StoredRiskProfile>(db, sql, [id], options)) ?? undefined;
}

/** The profiles that may apply on `date`: active and in force. */
export async function profilesInForce(db: Queryable, date: string): Promise<RiskProfile[]> {
  const { rows } = await db.query<RiskProfile>(
    `select ${columns} from risk_profiles where active and valid_from <= $1::date and (valid_to is null or valid_to >= $1::date)`,
    [date],
    { prepare: true },
  );
  return rows;
}

export interface RiskProfileFields {
  name: string;
  conditions: RiskConditions;
  channel: 'yellow' | 'red';
  priority: number;
  active: boolean;
  validFrom: string;
  validTo: string | null;
}

export async function insertRiskProfile(
  db: Queryable,
  id: string,
  fields: RiskProfileFields,
  createdBy: string | null,
  at: Date,
): Promise<void> {
  await db.query(
    `insert into risk_profiles (id, name, conditions, channel, priority, active, valid_from, valid_to, created_by, created_at, updated_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10)`,
    [
      id,
      fields.name,
      JSON.stringify(fields.conditions),
      fields.channel,
      fields.priority,
      fields.active,
      fields.validFrom,
      fields.validTo,
      createdBy,
      at,
    ],
  );
}

/** Inserts a profile unless one with its id exists (bundled demo profiles); true when inserted. */
export async function insertRiskProfileOnce(
  db: Queryable,
  id: string,
  fields: RiskProfileFields,
  at: Date,
): Promise<boolean> {
  const { rowCount } = await db.query(
    `insert into risk_profiles (id, name, conditions, channel, priority, active, valid_from, valid_to, created_at, updated_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9) on conflict (id) do nothing`,
    profileParams(id, fields, at),
  );
  return rowCount > 0;
}

/** $1..$9 of both the insert and the update: the id, the fields, then the time of the change. */
function profileParams(id: string, fields: RiskProfileFields, at: Date): unknown[] {
  const { name, conditions, channel, priority, active, validFrom, validTo } = fields;
  return [id, name, JSON.stringify(conditions), channel, priority, active, validFrom, validTo, at];
}

export async function updateRiskProfile(db: Queryable, id: string, fields: RiskProfileFields, at: Date): Promise<void> {
  await db.query(
    `update risk_profiles set name = $2, conditions = $3, channel = $4, priority = $5, active = $6, valid_from = $7, valid_to = $8, updated_at = $9 where id = $1`,
    profileParams(id, fields, at),
  );
}

/** How many released declarations each declarant has: its history with customs. */
export async function releasedCounts(db: Queryable, declarantIinBins: readonly string[]): Promise<Map<string, number>> {
  if (declarantIinBins.length === 0) return new Map();
  const { rows } = await db.query<{ declarant: string; n: number }>(
    `select declarant_iin_bin as declarant, count(*)::int as n from declarations
      where declarant_iin_bin = any($1::text[]) and status = 'released' and deleted_at is null group by declarant_iin_bin`,
    [declarantIinBins],
    { prepare: true },
  );
  return new Map(rows.map((r) => [r.declarant, r.n]));
}
