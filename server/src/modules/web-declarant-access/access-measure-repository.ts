import type { Queryable } from '../../platform/db/database.ts';

export type Measure = 'suspended' | 'suspension_lifted' | 'revoked' | 'regranted';
export type MeasureGround = 'third_party_access' | 'rules_broken' | 'code_revoked';

export interface AccessMeasure {
  id: string;
  accountId: string;
  measure: Measure;
  ground: MeasureGround | null;
  reason: string | null;
  noticeOn: string;
  permanent: boolean;
  bodyCode: string | null;
  byAccountId: string;
  at: Date;
}

const columns = `id, account_id as "accountId", measure, ground, reason, notice_on as "noticeOn", permanent,
  body_code as "bodyCode", by_account_id as "byAccountId", at`;

export async function insertMeasure(tx: Queryable, m: AccessMeasure): Promise<void> {
  await tx.query(
    `insert into access_measures (id, account_id, measure, ground, reason, notice_on, permanent, body_code, by_account_id, at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [m.id, m.accountId, m.measure, m.ground, m.reason, m.noticeOn, m.permanent, m.bodyCode, m.byAccountId, m.at],
  );
}

/** Every measure taken on an account, oldest first (each is taken under the account's lock, its time read there). */
export async function measuresOf(db: Queryable, accountId: string): Promise<AccessMeasure[]> {
  const { rows } = await db.query<AccessMeasure>(
    `select ${columns} from access_measures where account_id = $1 order by at, id`,
    [accountId],
  );
  return rows;
}
