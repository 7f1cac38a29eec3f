import type { Logger } from 'pino';
import type { Database } from './db/database.ts';
import { readMigrations } from './db/migrations.ts';
import { isDatabaseUnavailable } from './db/unavailable.ts';
import type { WarmUpTask } from './module.ts';

/** Each of what a node needs before it takes requests, `ok` when it has it (contracts: readinessChecks). */
export interface ReadinessChecks {
  database: 'ok' | 'unavailable';
  migrations: 'ok' | 'pending';
  reference: 'ok' | 'loading';
  shutdown: 'ok' | 'stopping';
}

/**
 * Whether this node may be given requests (`GET /health/ready`): the database answers, every
 * migration this version knows is applied (a node of an older version stays ready beside a newer
 * one's additions), the in-memory copies of reference data it answers from are built, and it is
 * not shutting down. A load balancer stops sending to a node that is not ready; a supervisor
 * restarts only one that is not live.
 */
export interface Readiness {
  check(): Promise<ReadinessChecks>;
  /**
   * Runs the modules' warm-up tasks; the reference is `ok` once all have succeeded. Resolves when
   * each has ended a first time, succeeded or not.
   */
  warmUp(tasks: readonly WarmUpTask[], logger: Logger): Promise<void>;
  /** Shutdown has begun: from now on the node is not ready. */
  stopping(): void;
}

export interface ReadinessOptions {
  db: Database;
  /** The server's: the reference is loading until warmUp's tasks succeed. Without, it counts as loaded (a test's app). */
  awaitsWarmUp?: boolean;
  /** The migrations that must be applied; the files beside the server by default. */
  migrations?: () => readonly { version: number; checksum: string }[];
}

// A check that hangs is as bad as one that fails: a load balancer must hear back quickly.
const databaseCheckTimeoutMs = 2_000;

export function createReadiness({
  db,
  awaitsWarmUp = false,
  migrations = readMigrations,
}: ReadinessOptions): Readiness {
  let expected: readonly { version: number; checksum: string }[] | undefined;
  let stopping = false;
  let warmUps: { task: WarmUpTask; state: 'running' | 'done' | 'failed' }[] = [];
  let warmUpLogger: Logger | undefined;
  let warmUpGiven = !awaitsWarmUp;

  const run = (entry: (typeof warmUps)[number]) => {
    entry.state = 'running';
    return entry.task.run().then(
      () => {
        entry.state = 'done';
      },
      (error: unknown) => {
        entry.state = 'failed';
        warmUpLogger?.warn({ err: error }, entry.task.notBuilt);
      },
    );
  };

  return {
    async check() {
      expected ??= migrations();
      const applied = await appliedMigrations(db);
      // A failed warm-up is tried again at the next check: the node becomes ready once it succeeds.
      for (const entry of warmUps) if (entry.state === 'failed') void run(entry);
      return {
        database: applied === 'unavailable' ? 'unavailable' : 'ok',
        migrations:
          applied instanceof Map && expected.every((m) => applied.get(m.version) === m.checksum) ? 'ok' : 'pending',
        reference: warmUpGiven && warmUps.every((entry) => entry.state === 'done') ? 'ok' : 'loading',
        shutdown: stopping ? 'stopping' : 'ok',
      };
    },
    async warmUp(tasks, logger) {
      warmUpLogger = logger;
      warmUpGiven = true;
      warmUps = tasks.map((task) => ({ task, state: 'running' as const }));
      await Promise.all(warmUps.map(run));
    },
    stopping() {
      stopping = true;
    },
  };
}

/** The applied migrations' checksums by version; `unavailable` when the database does not answer in time. */
async function appliedMigrations(db: Database): Promise<Map<number, string> | 'unavailable' | 'unknown'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'unavailable'>((resolve) => {
    timer = setTimeout(() => resolve('unavailable'), databaseCheckTimeoutMs);
  });
  const read = db.query<{ version: number; checksum: string }>('select version, checksum from schema_migrations').then(
    ({ rows }) => new Map(rows.map((row) => [row.version, row.checksum])),
    // An error with a SQLSTATE the server gave (no ledger yet) is an answer: nothing is applied.
    (error: unknown) => (answeredWith(error) ? ('unknown' as const) : ('unavailable' as const)),
  );
  try {
    return await Promise.race([read, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function answeredWith(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) && !isDatabaseUnavailable(error);
}

/** Whether every check is `ok`. */
export function isReady(checks: ReadinessChecks): boolean {
  return Object.values(checks).every((state) => state === 'ok');
}
