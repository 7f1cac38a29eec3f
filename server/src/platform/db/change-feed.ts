import type { Logger } from 'pino';
import type { Database } from './database.ts';

/**
 * How a node learns that the reference data it holds in memory changed (issue 20 point 1). The
 * tables' triggers (migration 0036) notify `schema.table` on this channel at every commit that
 * changed rows; each node listens on a connection of its own and counts the changes per table. A
 * copy in memory remembers the count it was built at (`changeGeneration`) and is built again when
 * the count has moved: within milliseconds of the commit on every node, where each used to look
 * at the tables every 30 s.
 *
 * When the listening connection is lost, notifications sent meanwhile are gone: on listening
 * again every copy is counted stale at once. The copies keep their own slow look at the tables
 * (a stamp every 30 s) for a database wrapper without notifications and for writes that bypass
 * the triggers.
 */
export const changesChannel = 'shekara_changes';

interface Counts {
  /** notifications heard per table */
  tables: Map<string, number>;
  /** times the feed listened again after a loss: everything may have changed */
  resets: number;
}

const feeds = new WeakMap<Database, Counts>();
/** this process's own writes, counted when they are made, before their notification comes back */
const localWrites = new Map<string, number>();

/**
 * This process changed these tables: its copies are stale from now, without waiting for the
 * notification (the command line and tests read their own writes at once).
 */
export function noteLocalChange(...tables: readonly string[]): void {
  for (const table of tables) localWrites.set(table, (localWrites.get(table) ?? 0) + 1);
}

/** A number that moves whenever one of `tables` changed, as far as this node knows. */
export function changeGeneration(db: Database, tables: readonly string[]): number {
  let generation = 0;
  for (const table of tables) generation += localWrites.get(table) ?? 0;
  const feed = feeds.get(db);
  if (feed) {
    generation += feed.resets;
    for (const table of tables) generation += feed.tables.get(table) ?? 0;
  }
  return generation;
}

/**
 * A number that moves whenever this node hears of a committed change to any of the tables, or
 * listens again after a loss. Unlike `changeGeneration` it leaves out this process's own writes,
 * noted before they commit: a read replica is judged by it (read-replicas.ts), and a position of
 * the primary's WAL read after it has moved is then past the change.
 */
export function heardChanges(db: Database): number {
  const feed = feeds.get(db);
  if (!feed) return 0;
  let heard = feed.resets;
  for (const count of feed.tables.values()) heard += count;
  return heard;
}

export interface ChangeFeed {
  /** Whether the feed is listening now. */
  listening(): boolean;
  stop(): Promise<void>;
}

/** Listens for changes of `db`'s schema; resolves once listening (or once the first attempt failed, retrying). */
export async function startChangeFeed(db: Database, logger: Logger): Promise<ChangeFeed> {
  if (!db.listen) {
    logger.warn('this database gives no notifications: copies of reference data look for changes every 30 s');
    return { listening: () => false, stop: async () => {} };
  }
  const { rows } = await db.query<{ schema: string }>('select current_schema() as schema');
  const schema = rows[0]!.schema;
  const counts: Counts = { tables: new Map(), resets: 0 };
  feeds.set(db, counts);
  let listening = true;
  const stop = await db.listen(changesChannel, {
    notice(payload) {
      const dot = payload.indexOf('.');
      // Another schema's change (suites share a database, each in a schema of its own) is not ours.
      if (dot < 0 || payload.slice(0, dot) !== schema) return;
      const table = payload.slice(dot + 1);
      counts.tables.set(table, (counts.tables.get(table) ?? 0) + 1);
    },
    lost(error) {
      listening = false;
      logger.warn({ err: error }, 'not listening for reference changes; trying again');
    },
    reconnected() {
      listening = true;
      // Whatever changed while nobody listened was not heard: every copy is stale.
      counts.resets++;
      logger.info('listening for reference changes again; copies in memory are built anew');
    },
  });
  return {
    listening: () => listening,
    async stop() {
      if (feeds.get(db) === counts) feeds.delete(db);
      await stop();
    },
  };
}
