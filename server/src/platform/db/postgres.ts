import { createHash } from 'node:crypto';
import pg from 'pg';
import type { Database, Queryable, QueryOptions } from './database.ts';
import { sharedParsers } from './database.ts';
import { listenOnServer } from './postgres-listener.ts';

export interface PostgresOptions {
  connectionString: string;
  poolSize?: number;
  /** Schema to work in; tests give each suite its own so suites can run in parallel on one database. */
  searchPath?: string;
  /**
   * Open without a first round trip, for a server that may be down at start (a read replica): the
   * pool connects at its first query, and LZ4 is not asked for (a replica writes nothing).
   */
  lazy?: boolean;
  /** How long a connection may take to open (5 s). */
  connectTimeoutMs?: number;
  /** How long a query may wait for its answer before it fails (unbounded). */
  queryTimeoutMs?: number;
}

const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
    const parser = sharedParsers[oid];
    return parser && format !== 'binary' ? parser : pg.types.getTypeParser(oid, format);
  }) as typeof pg.types.getTypeParser,
};

export async function openPostgres(options: PostgresOptions): Promise<Database & { pool: pg.Pool }> {
  if (options.searchPath !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(options.searchPath)) {
    throw new Error(`invalid schema name ${options.searchPath}`);
  }
  const settings = [
    ...(options.searchPath ? [`-c search_path=${options.searchPath}`] : []),
    ...(!options.lazy && (await serverHasLz4(options.connectionString)) ? ['-c default_toast_compression=lz4'] : []),
  ];
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 5_000,
    ...(options.queryTimeoutMs ? { query_timeout: options.queryTimeoutMs } : {}),
    idleTimeoutMillis: 30_000,
    options: settings.length > 0 ? settings.join(' ') : undefined,
    types,
    // A statement is written as soon as it is asked for, before the answers to those ahead of it:
    // statements of one transaction asked for side by side (platform/db/side-by-side.ts) share
    // round trips instead of waiting for one another.
    pipeline: true,
  });
  // An idle client losing its server must not crash the process; the next query reports it.
  pool.on('error', () => {});
  const wrap = (target: pg.Pool | pg.PoolClient, together?: () => void, afterLast?: () => void): Queryable => ({
    async query<Row>(sql: string, params: readonly unknown[] = [], options: QueryOptions = {}) {
      const name = options.prepare ? statementName(sql) : undefined;
      together?.();
      const asked = target.query(
        name ? { name, text: sql, values: params as unknown[] } : { text: sql, values: params as unknown[] },
      );
      // queued right behind the statement on the connection, in the same write
      if (options.last) afterLast?.();
      const result = await asked;
      return { rows: result.rows as Row[], rowCount: result.rowCount ?? result.rows.length };
    },
    async exec(sql: string) {
      await target.query(sql);
    },
  });
  if (!options.lazy) await pool.query('select 1');
  return {
    kind: 'postgresql',
    connection: {
      connectionString: options.connectionString,
      ...(options.searchPath !== undefined && { searchPath: options.searchPath }),
    },
    pool,
    ...wrap(pool),
    async transaction(work) {
      const client = await pool.connect();
      let broken = false;
      try {
        // Written with the first statement of the work rather than a round trip of its own. Were
        // the connection lost, the work's statements fail with it and nothing is committed.
        const together = writeTogether(client);
        together();
        const begun = client.query('begin');
        begun.catch(() => {});
        // Asked for behind the work's last statement (QueryOptions.last), or once the work is done.
        let committing: Promise<pg.QueryResult> | undefined;
        const commit = () => {
          committing ??= client.query('commit');
          committing.catch(() => {});
          return committing;
        };
        const result = await work(wrap(client, together, commit));
        await begun;
        // PostgreSQL answers a commit after a failed statement with a rollback, not an error: were
        // a failure swallowed inside the work, the caller must not take the work as committed.
        if ((await commit()).command === 'ROLLBACK') throw new Error('the transaction was rolled back at its commit');
        return result;
      } catch (error) {
        // A connection that cannot even roll back is discarded rather than returned to the pool.
        await client.query('rollback').catch(() => (broken = true));
        throw error;
      } finally {
        client.release(broken);
      }
    },
    listen: (channel, listener) => listenOnServer({ connectionString: options.connectionString, channel, listener }),
    close: () => pool.end(),
  };
}

/**
 * The statements a transaction asks for in one turn of the event loop leave in one write: the
 * socket is corked at the first and uncorked once the turn's promise callbacks have run (a
 * `nextTick` comes after them), so the steps run side by side send their next statements together.
 */
function writeTogether(client: pg.PoolClient): () => void {
  const stream = (client as unknown as { connection: { stream: { cork(): void; uncork(): void } } }).connection.stream;
  let corked = false;
  return () => {
    if (corked) return;
    corked = true;
    stream.cork();
    process.nextTick(() => {
      corked = false;
      stream.uncork();
    });
  };
}

/**
 * Whether the server can compress large values (signed copies, CMS, stored answers) with LZ4
 * (PostgreSQL 14+ built with it, as Debian's is): several times cheaper in CPU than the default
 * pglz, which took a noticeable share of the server's work under submission load.
 */
async function serverHasLz4(connectionString: string): Promise<boolean> {
  const probe = new pg.Client({ connectionString, connectionTimeoutMillis: 5_000 });
  await probe.connect();
  try {
    const { rows } = await probe.query<{ lz4: boolean }>(
      `select 'lz4' = any(enumvals) as lz4 from pg_settings where name = 'default_toast_compression'`,
    );
    return rows[0]?.lz4 === true;
  } finally {
    await probe.end();
  }
}

// A prepared statement's name is its text's digest: the same text is the same statement on every
// connection, and no two texts share a name. Bounded, as each name costs every connection a plan.
const statementNames = new Map<string, string>();
const maxStatementNames = 500;

function statementName(sql: string): string | undefined {
  let name = statementNames.get(sql);
  if (name === undefined && statementNames.size < maxStatementNames) {
    name = `s_${createHash('sha256').update(sql).digest('hex').slice(0, 24)}`;
    statementNames.set(sql, name);
  }
  return name;
}
