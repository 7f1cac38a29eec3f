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

/** Several messages of one topic in one statement (its text the same whatever their number), inside the caller's transaction; their ids in order. */
export async function enqueueOutboxMany(
  db: Queryable,
  messages: readonly { at: Date; payload: unknown }[],
  topic: string,
): Promise<number[]> {
  if (messages.length === 0) return [];
  const { rows } = await db.query<{ id: number }>(
    `insert into outbox (topic, payload, created_at, available_at)
     select $1, payload, at, at from unnest($2::jsonb[], $3::timestamptz[]) with ordinality as m (payload, at, n) order by n
     returning id`,
    [topic, messages.map((m) => JSON.stringify(m.payload)), messages.map((m) => m.at.toISOString())],
    { prepare: true },
  );
  return ids(rows);
}

// identity values come in the order the rows were inserted
const ids = (rows: { id: number }[]) => rows.map((r) => r.id).sort((a, b) => a - b);
