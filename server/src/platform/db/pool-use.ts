import pg from 'pg';
import type { Database } from './database.ts';

/** How a database's connections are used, as far as its driver tells. */
export interface PoolUse {
  /** Connections open now. */
  total: number;
  /** Connections the pool may open at most. */
  max: number;
  /** Open and doing nothing; unknown on the embedded database. */
  idle?: number;
  /** Queries waiting for a connection; unknown on the embedded database. */
  waiting?: number;
}

/**
 * The connections of a database opened by open-database.ts: node-postgres' pool (postgres.ts
 * hands it out beside the Database), or the embedded database's one connection, on which every
 * query waits its turn.
 */
export function poolUseOf(db: Database): () => PoolUse {
  const pool = (db as Database & { pool?: unknown }).pool;
  if (pool instanceof pg.Pool)
    return () => ({
      total: pool.totalCount,
      max: pool.options.max ?? 10,
      idle: pool.idleCount,
      waiting: pool.waitingCount,
    });
  return () => ({ total: 1, max: 1 });
}
