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

/** Several audit records in one statement (a batch of changes committed together). */
export async function recordAudits(db: Queryable, records: readonly { at: Date; event: AuditEvent }[]): Promise<void> {
  if (records.length === 0) return;
  const params: unknown[] = [];
  const rows = records.map(({ at, event }) => {
    const first = params.length;
    params.push(
      at,
      event.action,
      event.outcome,
      event.code ?? null,
      event.actorAccountId ?? null,
      event.actorIin ?? null,
      event.subjectType ?? null,
      event.subjectId ?? null,
      event.bodyCode ?? null,
      event.ip ?? null,
      event.requestId ?? null,
      JSON.stringify(event.details ?? {}),
    );
    return `(${Array.from({ length: 12 }, (_, i) => `$${first + i + 1}`).join(', ')})`;
  });
  await db.query(
    `insert into audit_log (at, action, outcome, code, actor_account_id, actor_iin, subject_type, subject_id, body_code, ip, request_id, details)
     values ${rows.join(', ')}`,
    params,
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
export async function auditOf(db: Queryable, subjectType: string, subjectId: string, limit = 500): Promise<AuditRecord[]> {
  const { rows } = await db.query<AuditRecord>(
    `select id, to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as at, action, outcome, code,
            actor_account_id as "actorAccountId", actor_iin as "actorIin", subject_type as "subjectType",
            subject_id as "subjectId", body_code as "bodyCode", details
       from audit_log where subject_type = $1 and subject_id = $2 order by id limit $3`,
    [subjectType, subjectId, limit],
  );
  return rows;
}
