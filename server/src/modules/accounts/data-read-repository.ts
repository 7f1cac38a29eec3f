import type { DataReadObject, DataReadReason } from '@shekara/contracts/accounts';
import type { Queryable } from '../../platform/db/database.ts';

/** The users' accounts of these IIN/BINs (a person or an organisation may have one per user type). */
export async function accountsOf(db: Queryable, iinBins: readonly string[]): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>(
    `select id from accounts where kind = 'user' and status <> 'expired' and iin_bin = any($1::text[]) order by created_at`,
    [[...new Set(iinBins)]],
  );
  return rows.map((row) => row.id);
}

export interface AuditedRead {
  at: string;
  bodyCode: string | null;
  details: {
    reason: DataReadReason;
    object: DataReadObject;
    objectId: string;
    readerName: string | null;
    readerKind: string;
  };
}

/** The audit log's `data.read` records about one subject, newest first. */
export async function auditedReads(
  db: Queryable,
  subjectType: string,
  subjectId: string,
  { limit, offset }: { limit: number; offset: number },
): Promise<AuditedRead[]> {
  const { rows } = await db.query<AuditedRead>(
    `select to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as at, body_code as "bodyCode", details
       from audit_log
      where subject_type = $1 and subject_id = $2 and action = 'data.read'
      order by at desc, id desc
      limit $3 offset $4`,
    [subjectType, subjectId, limit, offset],
  );
  return rows;
}
