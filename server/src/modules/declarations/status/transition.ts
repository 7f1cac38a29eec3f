import { recordAudit, recordAudits } from '../../../platform/audit/audit-log.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { DeclarationErrors } from '../errors.ts';
import { isDeclarationStatus, nextStatus, type Actor, type DeclarationAction, type DeclarationStatus } from './machine.ts';

export interface TransitionRequest {
  declarationId: string;
  action: DeclarationAction;
  actor: Actor;
  actorAccountId: string | null;
  actorIin?: string | null;
  /** the customs body acting, or the one the declaration is delivered to */
  officeCode?: string | null;
  /** what the timeline and the audit log keep beside the change (reasons, decision id, number) */
  details?: Record<string, unknown>;
  requestId?: string;
  ip?: string;
}

export interface AppliedTransition {
  from: DeclarationStatus;
  to: DeclarationStatus;
}

/**
 * The one place a declaration's status changes: inside the caller's transaction, it locks the
 * row, asks the status model whether the action is allowed from the status found, writes the new
 * status, the timeline event and the audit record. Refused transitions throw
 * DECL_TRANSITION_NOT_ALLOWED and change nothing.
 */
export async function applyTransition(tx: Queryable, at: Date, request: TransitionRequest): Promise<AppliedTransition> {
  const { rows } = await tx.query<{ status: string }>('select status from declarations where id = $1 and deleted_at is null for update', [request.declarationId]);
  const current = rows[0]?.status;
  if (current === undefined) throw DeclarationErrors.DECL_NOT_FOUND();
  if (!isDeclarationStatus(current)) throw new Error(`declaration ${request.declarationId} has an unknown status ${current}`);
  const to = nextStatus(current, request.action, request.actor);
  if (to === null) throw DeclarationErrors.DECL_TRANSITION_NOT_ALLOWED({ action: request.action, status: current });
  await tx.query('update declarations set status = $2, updated_at = $3 where id = $1', [request.declarationId, to, at]);
  await tx.query(
    `insert into declaration_events (declaration_id, at, event, from_status, to_status, actor_account_id, actor_role, office_code, details)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [request.declarationId, at, request.action, current, to, request.actorAccountId, request.actor, request.officeCode ?? null, request.details ? JSON.stringify(request.details) : null],
  );
  await recordAudit(tx, at, {
    action: `declaration.${request.action}`,
    outcome: 'success',
    actorAccountId: request.actorAccountId,
    actorIin: request.actorIin ?? null,
    subjectType: 'declaration',
    subjectId: request.declarationId,
    bodyCode: request.officeCode ?? null,
    requestId: request.requestId,
    ip: request.ip,
    details: { from: current, to, ...request.details },
  });
  return { from: current, to };
}

/**
 * Several declarations' changes in the caller's transaction, each as applyTransition makes it,
 * in three statements whatever their number: the rows locked, the statuses with their timeline
 * events, the audit records. Used where many change together (an office's waiting submissions
 * registered in one commit). All or nothing: the first refused change throws and the caller
 * rolls back.
 */
export async function applyTransitions(tx: Queryable, changes: readonly { at: Date; request: TransitionRequest }[]): Promise<AppliedTransition[]> {
  if (changes.length === 0) return [];
  const ids = changes.map((c) => c.request.declarationId);
  // One id order for every locker, so two batches sharing declarations wait rather than deadlock.
  const { rows } = await tx.query<{ id: string; status: string }>(
    `select id, status from declarations where id in (${ids.map((_, i) => `$${i + 1}`).join(', ')}) and deleted_at is null order by id for update`,
    ids,
  );
  const found = new Map(rows.map((r) => [r.id, r.status]));
  const applied = changes.map(({ request }) => {
    const current = found.get(request.declarationId);
    if (current === undefined) throw DeclarationErrors.DECL_NOT_FOUND();
    if (!isDeclarationStatus(current)) throw new Error(`declaration ${request.declarationId} has an unknown status ${current}`);
    const to = nextStatus(current, request.action, request.actor);
    if (to === null) throw DeclarationErrors.DECL_TRANSITION_NOT_ALLOWED({ action: request.action, status: current });
    found.set(request.declarationId, to);
    return { from: current, to };
  });
  const params: unknown[] = [];
  const values = changes.map(({ at, request }, index) => {
    const first = params.length;
    params.push(request.declarationId, at, request.action, applied[index]!.from, applied[index]!.to, request.actorAccountId, request.actor, request.officeCode ?? null, request.details ? JSON.stringify(request.details) : null);
    const p = (i: number) => `$${first + i}`;
    return `(${p(1)}::uuid, ${p(2)}::timestamptz, ${p(3)}::text, ${p(4)}::text, ${p(5)}::text, ${p(6)}::uuid, ${p(7)}::text, ${p(8)}::text, ${p(9)}::jsonb, ${index})`;
  });
  await tx.query(
    `with change (declaration_id, at, event, from_status, to_status, actor_account_id, actor_role, office_code, details, n) as (values ${values.join(', ')}),
     changed as (
       update declarations d set status = last.to_status, updated_at = last.at
         from (select distinct on (declaration_id) * from change order by declaration_id, n desc) last where d.id = last.declaration_id
     )
     insert into declaration_events (declaration_id, at, event, from_status, to_status, actor_account_id, actor_role, office_code, details)
     select declaration_id, at, event, from_status, to_status, actor_account_id, actor_role, office_code, details from change order by n`,
    params,
  );
  await recordAudits(
    tx,
    changes.map(({ at, request }, index) => ({
      at,
      event: {
        action: `declaration.${request.action}`,
        outcome: 'success' as const,
        actorAccountId: request.actorAccountId,
        actorIin: request.actorIin ?? null,
        subjectType: 'declaration',
        subjectId: request.declarationId,
        bodyCode: request.officeCode ?? null,
        requestId: request.requestId,
        ip: request.ip,
        details: { from: applied[index]!.from, to: applied[index]!.to, ...request.details },
      },
    })),
  );
  return applied;
}

export interface TimelineEvent {
  declarationId: string;
  event: string;
  actor: Actor;
  actorAccountId: string | null;
  officeCode?: string | null;
  details?: Record<string, unknown>;
}

/** A timeline event that changes no status (risk routing, a correction filed, a notice sent). */
export async function recordDeclarationEvent(tx: Queryable, at: Date, event: TimelineEvent): Promise<void> {
  await recordDeclarationEvents(tx, at, [event]);
}

/** Several such events in one statement, in the order given. */
export async function recordDeclarationEvents(tx: Queryable, at: Date, events: readonly TimelineEvent[]): Promise<void> {
  if (events.length === 0) return;
  const params: unknown[] = [at];
  const rows = events.map((e) => {
    params.push(e.declarationId, e.event, e.actorAccountId, e.actor, e.officeCode ?? null, e.details ? JSON.stringify(e.details) : null);
    const first = params.length - 6;
    return `($${first + 1}, $1, $${first + 2}, $${first + 3}, $${first + 4}, $${first + 5}, $${first + 6})`;
  });
  await tx.query(`insert into declaration_events (declaration_id, at, event, actor_account_id, actor_role, office_code, details) values ${rows.join(', ')}`, params);
}
