import type { Queryable } from '../db/database.ts';

/**
 * Puts a message in the outbox, inside the caller's transaction: it is sent only if that
 * transaction commits (see outbox/worker.ts for the sending side).
 */
export async function enqueueOutbox(db: Queryable, at: Date, topic: string, payload: unknown): Promise<number> {
  const { rows } = await db.query<{ id: number }>(
    'insert into outbox (topic, payload, created_at, available_at) values ($1, $2, $3, $3) returning id',
    [topic, JSON.stringify(payload), at],
  );
  return rows[0]!.id;
}

/** Several messages of one topic in one statement, inside the caller's transaction; their ids in order. */
export async function enqueueOutboxMany(db: Queryable, messages: readonly { at: Date; payload: unknown }[], topic: string): Promise<number[]> {
  if (messages.length === 0) return [];
  const params: unknown[] = [topic];
  const rows = messages.map(({ at, payload }) => {
    params.push(JSON.stringify(payload), at);
    return `($1, $${params.length - 1}, $${params.length}, $${params.length})`;
  });
  const { rows: ids } = await db.query<{ id: number }>(`insert into outbox (topic, payload, created_at, available_at) values ${rows.join(', ')} returning id`, params);
  return ids.map((r) => r.id);
}
