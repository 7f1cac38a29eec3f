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
