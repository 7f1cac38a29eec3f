import type { Logger } from 'pino';
import { AppError } from '../errors.ts';
import { heardChanges } from './change-feed.ts';
import type { Database, QueryOptions, QueryResult } from './database.ts';
import { type PoolUse, poolUseOf } from './pool-use.ts';
import { isDatabaseUnavailable } from './unavailable.ts';

/**
 * Read replicas for the public routes that only read (issue 20 point 2): reference data, the TN VED
 * search, the portal's published pages, the public receipt checks. They are given this database
 * as `publicReads` where they are registered; nothing else is, so nothing that must read its own
 * writes reads from a replica. The choice of server is made here alone:
 *
 * - every `checkEveryMs` each replica is asked how far it has replayed the primary's WAL; it serves
 *   while it answers and is at most `maxLagMs` behind (DATABASE_REPLICA_MAX_LAG_MS), otherwise not;
 * - a query goes to the next replica that serves, in turn, or to the primary when none does;
 * - a change of reference data this node has heard of (change-feed.ts) is never unseen: until a
 *   check finds that a replica has replayed past the primary's position noted after the change,
 *   that replica is not asked, and a check is made at once rather than at the next interval. So a
 *   change is read everywhere as soon as it is heard, however far behind the bound lets a replica be;
 * - a query that fails because its replica is unreachable, shutting down or in conflict with its
 *   recovery is run again on the primary, and that replica serves no more until a check finds it
 *   well: the caller sees an answer, never the replica's failure.
 *
 * Lag is measured on the primary's clock of WAL: each check notes the primary's current WAL
 * position and when; a replica is as far behind as the oldest noted position it has not replayed
 * (none: it is current). A server that is not in recovery (a second primary, a logical copy) counts
 * as current. Transactions always run on the primary.
 */
export interface ReplicaState {
  /** the replica's address without its password */
  name: string;
  serving: boolean;
  /** milliseconds behind the primary at the last check; null when it did not answer */
  lagMs: number | null;
}

export interface PublicReads extends Database {
  /** Each replica as the last check found it. */
  replicas(): ReplicaState[];
  /** Checks every replica now (also done every `checkEveryMs`). */
  check(): Promise<void>;
  /** Each replica's connections, by its name, for the metrics. */
  poolUse(): Record<string, PoolUse>;
}

export interface ReadReplicaOptions {
  primary: Database;
  urls: readonly string[];
  maxLagMs: number;
  logger: Logger;
  poolSize?: number;
  checkEveryMs?: number;
}

interface Replica {
  name: string;
  db: Database;
  serving: boolean;
  lagMs: number | null;
  /** the count of heard changes (`heardChanges`) it is known to have replayed */
  holds: number;
}

/** The primary's WAL position at a moment (milliseconds), read after `heard` changes had been heard of. */
export interface WalMark {
  at: number;
  lsn: bigint;
  heard?: number;
}

/**
 * How many heard changes a standby that has replayed to `replayed` holds: those heard before the
 * newest noted position it has passed (`marks` oldest first).
 */
export function changesHeld(marks: readonly WalMark[], replayed: bigint): number | undefined {
  for (let index = marks.length - 1; index >= 0; index--) if (marks[index]!.lsn <= replayed) return marks[index]!.heard;
  return undefined;
}

/**
 * How far behind the primary a standby is, in milliseconds, from the primary's WAL positions noted
 * at the last checks (`marks`, oldest first, the newest last): as old as the oldest noted position
 * it has not replayed, 0 when it has replayed the newest. When even the oldest is ahead of it and
 * the notes span no more than `maxLagMs` (the node has only just started), its own time since its
 * last replayed commit is taken if longer; null when nothing tells.
 */
export function lagBehind({
  marks,
  replayed,
  sinceReplayMs,
  now,
  maxLagMs,
}: {
  marks: readonly WalMark[];
  replayed: bigint | null;
  sinceReplayMs: number | null;
  now: number;
  maxLagMs: number;
}): number | null {
  const newest = marks.at(-1);
  if (replayed === null || newest === undefined) return null;
  if (replayed >= newest.lsn) return 0;
  const oldest = marks.find((mark) => mark.lsn > replayed)!;
  const behind = now - oldest.at;
  if (oldest === marks[0] && behind <= maxLagMs)
    return sinceReplayMs === null ? null : Math.max(behind, Math.round(sinceReplayMs));
  return behind;
}

/** The primary alone: what the routes get when no replica is configured. Closing it leaves the primary open. */
export function primaryOnly(primary: Database): PublicReads {
  return { ...primary, replicas: () => [], check: async () => {}, poolUse: () => ({}), close: async () => {} };
}

/** Opens the replicas' pools (without waiting for them to answer) and checks them once. Closing ends those pools only. */
export async function openReadReplicas(options: ReadReplicaOptions): Promise<PublicReads> {
  const { primary, maxLagMs, logger } = options;
  const checkEveryMs = options.checkEveryMs ?? 1_000;
  const { openPostgres } = await import('./postgres.ts');
  const replicas: Replica[] = await Promise.all(
    options.urls.map(async (url) => ({
      name: redacted(url),
      db: await openPostgres({
        connectionString: url,
        poolSize: options.poolSize,
        lazy: true,
        connectTimeoutMs: 2_000,
        // a replica cut off without a word (no RST) must not hold a public read for minutes
        queryTimeoutMs: 5_000,
      }),
      serving: false,
      lagMs: null,
      holds: 0,
    })),
  );
  // The primary's WAL positions, noted at each check, kept as long as a lag worth measuring.
  const marks: WalMark[] = [];
  const keepMarksMs = maxLagMs * 2 + checkEveryMs;
  let turn = 0;

  const setServing = (replica: Replica, serving: boolean, why: object) => {
    if (replica.serving !== serving)
      logger[serving ? 'info' : 'warn'](
        { replica: replica.name, ...why },
        serving ? 'read replica serves public reads' : 'read replica left out: public reads go elsewhere',
      );
    replica.serving = serving;
  };

  const checkOne = async (replica: Replica, primaryAt: WalMark | null) => {
    try {
      const { rows } = await withTimeout(
        replica.db.query<{ standby: boolean; replayed: string | null; sinceReplayMs: number | null }>(
          `select pg_is_in_recovery() as standby, pg_last_wal_replay_lsn()::text as replayed,
                  (extract(epoch from clock_timestamp() - pg_last_xact_replay_timestamp()) * 1000)::float8 as "sinceReplayMs"`,
        ),
        checkEveryMs * 2,
      );
      const row = rows[0]!;
      const replayed = row.replayed === null ? null : parseLsn(row.replayed);
      // each noted position was read after the changes heard by then: replayed past one, it holds them
      const held = !row.standby ? primaryAt?.heard : replayed === null ? undefined : changesHeld(marks, replayed);
      if (held !== undefined) replica.holds = Math.max(replica.holds, held);
      replica.lagMs = !row.standby
        ? 0
        : primaryAt === null
          ? null
          : lagBehind({
              marks,
              replayed,
              sinceReplayMs: row.sinceReplayMs,
              now: Date.now(),
              maxLagMs,
            });
      if (replica.lagMs === null) setServing(replica, false, { reason: 'lag unknown' });
      else if (replica.lagMs > maxLagMs) setServing(replica, false, { lagMs: replica.lagMs, maxLagMs });
      else setServing(replica, true, { lagMs: replica.lagMs });
    } catch (error) {
      replica.lagMs = null;
      setServing(replica, false, { err: error });
    }
  };

  let checking: Promise<void> | undefined;
  let lastCheck = 0;
  const check = () => {
    checking ??= (async () => {
      lastCheck = Date.now();
      const heard = heardChanges(primary);
      let primaryAt: WalMark | null = null;
      try {
        const { rows } = await primary.query<{ lsn: string }>('select pg_current_wal_lsn()::text as lsn');
        primaryAt = { at: Date.now(), lsn: parseLsn(rows[0]!.lsn), heard };
        marks.push(primaryAt);
        while (marks.length > 0 && primaryAt.at - marks[0]!.at > keepMarksMs) marks.shift();
      } catch {
        // The primary not answering leaves standbys' lag unknown; a server not in recovery still serves.
      }
      await Promise.all(replicas.map((replica) => checkOne(replica, primaryAt)));
    })().finally(() => {
      checking = undefined;
    });
    return checking;
  };

  await check();
  const timer = setInterval(() => void check(), checkEveryMs);
  timer.unref();

  /** Checks soon after a heard change, while a serving replica is not known to hold it (at most every `recheckMs`). */
  const recheckMs = Math.min(20, checkEveryMs);
  const pick = (): Replica | undefined => {
    const heard = heardChanges(primary);
    const serving = replicas.filter((replica) => replica.serving && replica.holds >= heard);
    if (serving.length < replicas.filter((replica) => replica.serving).length && Date.now() - lastCheck >= recheckMs)
      void check();
    if (serving.length === 0) return undefined;
    turn = (turn + 1) % serving.length;
    return serving[turn];
  };

  return {
    kind: primary.kind,
    async query<Row>(sql: string, params?: readonly unknown[], queryOptions?: QueryOptions): Promise<QueryResult<Row>> {
      const replica = pick();
      if (!replica) return primary.query<Row>(sql, params, queryOptions);
      try {
        return await replica.db.query<Row>(sql, params, queryOptions);
      } catch (error) {
        if (!replicaFailed(error)) throw error;
        setServing(replica, false, { err: error });
        return primary.query<Row>(sql, params, queryOptions);
      }
    },
    exec: (sql) => primary.exec(sql),
    transaction: (work) => primary.transaction(work),
    replicas: () => replicas.map(({ name, serving, lagMs }) => ({ name, serving, lagMs })),
    check,
    poolUse: () => Object.fromEntries(replicas.map((replica) => [replica.name, poolUseOf(replica.db)()])),
    async close() {
      clearInterval(timer);
      await checking;
      await Promise.all(replicas.map((replica) => replica.db.close()));
    },
  };
}

/**
 * A public read whose "not found" must not come from a replica that has not yet replayed the row
 * (a receipt checked the moment it was issued): when `work` on the replica ends in a 404 refusal,
 * the primary is asked. A found row may be up to the bound behind; an absent one is the primary's word.
 */
export async function primaryWhenAbsent<T>(
  reads: Database,
  primary: Database,
  work: (db: Database) => Promise<T>,
): Promise<T> {
  if (reads === primary) return work(primary);
  try {
    return await work(reads);
  } catch (error) {
    if (error instanceof AppError && error.status === 404) return work(primary);
    throw error;
  }
}

/** Failures of the replica rather than of the query: the primary answers instead. */
function replicaFailed(error: unknown): boolean {
  if (isDatabaseUnavailable(error)) return true;
  const code = (error as { code?: unknown }).code;
  // 40001 on a standby: canceled by a conflict with recovery; 57014: canceled (a timeout)
  if (code === '40001' || code === '57014' || code === '57P03') return true;
  return error instanceof Error && /timeout exceeded when trying to connect|Query read timeout/i.test(error.message);
}

/** An LSN `X/Y` (two hexadecimal halves) as one number. */
export function parseLsn(text: string): bigint {
  const [high, low] = text.split('/');
  return (BigInt(`0x${high}`) << 32n) | BigInt(`0x${low}`);
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    work,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

function redacted(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.password = '';
    return `${parsed.host}${parsed.pathname}`;
  } catch {
    return 'replica';
  }
}
