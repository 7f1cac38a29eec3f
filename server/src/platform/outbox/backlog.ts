import type { Queryable } from '../db/database.ts';

/** The outbox's unhandled messages of one topic: sent by no worker yet, and not given up. */
export interface OutboxBacklog {
  topic: string;
  pending: number;
  /** When the oldest of them was written. */
  oldestAt: Date;
}

/** What waits in the outbox, by topic; read from the partial index of pending messages. */
export async function outboxBacklog(db: Queryable): Promise<OutboxBacklog[]> {
  const { rows } = await db.query<{ topic: string; pending: number; oldest_at: Date }>(
    `select topic, count(*) as pending, min(created_at) as oldest_at
       from outbox where sent_at is null and failed_at is null
      group by topic order by topic`,
  );
  return rows.map((row) => ({ topic: row.topic, pending: row.pending, oldestAt: row.oldest_at }));
}
