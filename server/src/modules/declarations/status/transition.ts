import { isDeclarationKind } from '@shekara/contracts/declarations/documents';
import {
  type Actor,
  type DeclarationAction,
  type DeclarationStatus,
  declarationActionNames,
  declarationStatusNames,
  isDeclarationStatus,
  nextStatus,
} from '@shekara/contracts/declarations/status';
import { recordAudits } from '../../../platform/audit/audit-log.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { sideBySide } from '../../../platform/db/side-by-side.ts';
import { DeclarationErrors } from '../errors.ts';

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
  return (await applyTransitions(tx, [{ at, request }]))[0]!;
}

/**
 * Several declarations' changes in the caller's transaction (applyTransition is the one-change case),
 * in three statements whatever their number (the last two side by side), each of the same text whatever their number (kept
 * prepared by the server): the rows locked, the statuses with their timeline
 * events, the audit records. Used where many change together (an office's waiting submissions
 * registered in one commit). All or nothing: the first refused change throws and the caller
 * rolls back.
 */
export async function applyTransitions(
  tx: Queryable,
  changes: readonly { at: Date; request: TransitionRequest }[],
): Promise<AppliedTransition[]> {
  if (changes.length === 0) return [];
  const ids = changes.map((c) => c.request.declarationId);
  // One id order for every locker, so two batches sharing declarations wait rather than deadlock.
  const { rows } = await tx.query<{ id: string; status: string; kind: string }>(
    'select id, status, kind from declarations where id = any($1::uuid[]) and deleted_at is null order by id for update',
    [ids],
    { prepare: true },
  );
  const found = new Map(rows.map((r) => [r.id, r.status]));
  const kinds = new Map(rows.map((r) => [r.id, r.kind]));
  const applied = changes.map(({ request }) => {
    const current = found.get(request.declarationId);
    if (current === undefined) throw DeclarationErrors.DECL_NOT_FOUND();
    if (!isDeclarationStatus(current))
      throw new Error(`declaration ${request.declarationId} has an unknown status ${current}`);
    const kind = kinds.get(request.declarationId);
    if (!isDeclarationKind(kind)) throw new Error(`declaration ${request.declarationId} has an unknown kind ${kind}`);
    const to = nextStatus(current, request.action, request.actor, kind);
    if (to === null)
      throw DeclarationErrors.DECL_TRANSITION_NOT_ALLOWED({
        action: declarationActionNames[request.action],
        status: declarationStatusNames[current],
      });
    found.set(request.declarationId, to);
    return { from: current, to };
  });
  const column = <T>(pick: (change: (typeof changes)[number], index: number) => T) => changes.map(pick);
  // The statuses with their events, and the audit records, asked for together: one round trip.
  await sideBySide([
    tx.query(
      `with change as (
       select * from unnest($1::uuid[], $2::timestamptz[], $3::text[], $4::text[], $5::text[], $6::uuid[], $7::text[], $8::text[], $9::jsonb[])
         with ordinality as c (declaration_id, at, event, from_status, to_status, actor_account_id, actor_role, office_code, details, n)
     ),
     changed as (
       update declarations d set status = last.to_status, updated_at = last.at
         from (select distinct on (declaration_id) * from change order by declaration_id, n desc) last where d.id = last.declaration_id
     )
     insert into declaration_events (declaration_id, at, event, from_status, to_status, actor_account_id, actor_role, office_code, details)
     select declaration_id, at, event, from_status, to_status, actor_account_id, actor_role, office_code, details from change order by n`,
      [
        column(({ request }) => request.declarationId),
        column(({ at }) => at.toISOString()),
        column(({ request }) => request.action),
        column((_, index) => applied[index]!.from),
        column((_, index) => applied[index]!.to),
        column(({ request }) => request.actorAccountId),
        column(({ request }) => request.actor),
        column(({ request }) => request.officeCode ?? null),
        column(({ request }) => (request.details ? JSON.stringify(request.details) : null)),
      ],
      { prepare: true },
    ),
    recordAudits(
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
    ),
  ]);
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

/** Several such events in one statement, in the order given (its text the same whatever their number). */
export async function recordDeclarationEvents(
  tx: Queryable,
  at: Date,
  events: readonly TimelineEvent[],
): Promise<void> {
  if (events.length === 0) return;
  await tx.query(
    `insert into declaration_events (declaration_id, at, event, actor_account_id, actor_role, office_code, details)
     select declaration_id, $1, event, actor_account_id, actor_role, office_code, details
       from unnest($2::uuid[], $3::text[], $4::uuid[], $5::text[], $6::text[], $7::jsonb[])
            with ordinality as e (declaration_id, event, actor_account_id, actor_role, office_code, details, n)
      order by n`,
    [
      at,
      events.map((e) => e.declarationId),
      events.map((e) => e.event),
      events.map((e) => e.actorAccountId),
      events.map((e) => e.actor),
      events.map((e) => e.officeCode ?? null),
      events.map((e) => (e.details ? JSON.stringify(e.details) : null)),
    ],
    { prepare: true },
  );
}
