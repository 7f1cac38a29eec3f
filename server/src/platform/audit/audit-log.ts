import type { Queryable } from '../db/database.ts';

export type AuditOutcome = 'success' | 'refused' | 'failure';

/** One line of the audit log: who did what to which thing, and how it ended. */
export interface AuditEvent {
  /** dotted lower-case name, e.g. `auth.login.signature`, `registration.confirm`, `access.revoke` */
  action: string;
  outcome: AuditOutcome;
  /** the error code of a refusal */
  code?: string;
  actorAccountId?: string | null;
  actorIin?: string | null;
  subjectType?: string;
  subjectId?: string;
  /** the customs body that must see the event (AST-8) */
  bodyCode?: string | null;
  ip?: string;
  requestId?: string;
  details?: Record<string, unknown>;
}

/**
 * Writes an audit record. Pass the transaction of the change it records, so the two commit or
 * vanish together; a refusal that changes nothing is written on its own.
 */
export async function recordAudit(db: Queryable, at: Date, event: AuditEvent): Promise<void> {
  await recordAudits(db, [{ at, event }]);
}

/**
 * Several audit records in one statement (a batch of changes committed together), its text the
 * same whatever their number — one array per column — so the server keeps it prepared.
 */
export async function recordAudits(db: Queryable, records: readonly { at: Date; event: AuditEvent }[]): Promise<void> {
  if (records.length === 0) return;
  const column = <T>(pick: (record: { at: Date; event: AuditEvent }) => T) => records.map(pick);
  await db.query(
    `insert into audit_log (at, action, outcome, code, actor_account_id, actor_iin, subject_type, subject_id, body_code, ip, request_id, details)
     select at, action, outcome, code, actor_account_id, actor_iin, subject_type, subject_id, body_code, ip, request_id, details
       from unnest($1::timestamptz[], $2::text[], $3::text[], $4::text[], $5::uuid[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::jsonb[])
            with ordinality as r (at, action, outcome, code, actor_account_id, actor_iin, subject_type, subject_id, body_code, ip, request_id, details, n)
      order by n`,
    [
      column(({ at }) => at.toISOString()),
      column(({ event }) => event.action),
      column(({ event }) => event.outcome),
      column(({ event }) => event.code ?? null),
      column(({ event }) => event.actorAccountId ?? null),
      column(({ event }) => event.actorIin ?? null),
      column(({ event }) => event.subjectType ?? null),
      column(({ event }) => event.subjectId ?? null),
      column(({ event }) => event.bodyCode ?? null),
      column(({ event }) => event.ip ?? null),
      column(({ event }) => event.requestId ?? null),
      column(({ event }) => JSON.stringify(event.details ?? {})),
    ],
    { prepare: true },
  );
}

export interface AuditRecord extends Required<Pick<AuditEvent, 'action' | 'outcome'>> {
  id: number;
  at: string;
  code: string | null;
  actorAccountId: string | null;
  actorIin: string | null;
  subjectType: string | null;
  subjectId: string | null;
  bodyCode: string | null;
  details: Record<string, unknown>;
}

/** Audit records about one subject, oldest first (a timeline, or a test's evidence). */
export async function auditOf(
  db: Queryable,
  subjectType: string,
  subjectId: string,
  limit = 500,
): Promise<AuditRecord[]> {
  const { rows } = await db.query<AuditRecord>(
    `select id, to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as at, action, outcome, code,
            actor_account_id as "actorAccountId", actor_iin as "actorIin", subject_type as "subjectType",
            subject_id as "subjectId", body_code as "bodyCode", details
       from audit_log where subject_type = $1 and subject_id = $2 order by id limit $3`,
    [subjectType, subjectId, limit],
  );
  return rows;
}
