import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { inject } from 'vitest';
import type { Database, Queryable, QueryOptions, QueryResult } from '../platform/db/database.ts';
import { openPglite } from '../platform/db/pglite.ts';
import './provided-context.ts';

/**
 * One in-memory PGlite per test worker, each suite's database a schema of its own on it: starting
 * PGlite costs about 1.2 CPU-seconds, a schema with every migration about 0.2, and the suites open
 * about fifty. The same shape as the suites on a PostgreSQL server (a schema each), so the two
 * kinds of run differ only in the engine.
 *
 * PGlite has one session, and the schema a statement sees is the session's search path: every
 * statement of a schema's database runs in turn with the others (PGlite runs them one at a time
 * anyway), after setting the search path if another schema's statement ran last.
 */
export async function openPgliteSchema(): Promise<Database> {
  const shared = await workerPglite();
  const schema = `test_${randomBytes(6).toString('hex')}`;
  let closed = false;
  const inTurn = <T>(work: () => Promise<T>): Promise<T> => {
    if (closed) return Promise.reject(new Error(`the test database ${schema} is closed`));
    const turn = shared.last.then(async () => {
      if (shared.searchPath !== schema) {
        await shared.db.exec(`set search_path to ${schema}`);
        shared.searchPath = schema;
      }
      return work();
    });
    shared.last = turn.catch(() => {});
    return turn;
  };
  await inTurn(() => shared.db.exec(`create schema ${schema}`));
  return {
    kind: 'pglite',
    query: <Row>(sql: string, params?: readonly unknown[], options?: QueryOptions): Promise<QueryResult<Row>> =>
      inTurn(() => shared.db.query<Row>(sql, params, options)),
    exec: (sql: string) => inTurn(() => shared.db.exec(sql)),
    transaction: <T>(work: (tx: Queryable) => Promise<T>) => inTurn(() => shared.db.transaction(work)),
    // Every schema's notifications reach every listener of the worker's one session; each payload names its schema.
    listen: async (channel, listener) => {
      const stop = await inTurn(() => shared.db.listen!(channel, listener));
      return () => (closed ? stop() : inTurn(stop));
    },
    async close() {
      if (closed) return;
      await inTurn(() => shared.db.exec(`drop schema ${schema} cascade`));
      closed = true;
    },
  };
}

interface WorkerPglite {
  db: Database;
  /** The schema the session's search path names now. */
  searchPath: string;
  /** The statement that runs last; the next waits for it. */
  last: Promise<unknown>;
}

// On globalThis, not in a module variable: the worker keeps one however often its files load this module.
const holder = globalThis as typeof globalThis & { shekaraTestPglite?: Promise<WorkerPglite> };

function workerPglite(): Promise<WorkerPglite> {
  holder.shekaraTestPglite ??= (async () => {
    // Started from the dump of a fresh cluster the global setup made, which skips initdb.
    const dump = inject('pgliteEmptyTemplate');
    const db = await openPglite(dump && fs.existsSync(dump) ? { loadDataDir: fs.readFileSync(dump) } : {});
    return { db, searchPath: 'public', last: Promise.resolve() };
  })();
  return holder.shekaraTestPglite;
}
