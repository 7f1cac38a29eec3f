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

/** What node-postgres' pool tells of its connections. */
interface NodePostgresPool {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
  options: { max?: number };
}

/**
 * The connections of a database opened by open-database.ts: node-postgres' pool (postgres.ts
 * hands it out beside the Database), or the embedded database's one connection, on which every
 * query waits its turn.
 */
export function poolUseOf(db: Database): () => PoolUse {
  // Told by its counters rather than `instanceof pg.Pool`, so that reading this needs no node-postgres.
  const pool = (db as Database & { pool?: Partial<NodePostgresPool> }).pool;
  if (pool && typeof pool.totalCount === 'number')
    return () => ({
      total: pool.totalCount!,
      max: pool.options?.max ?? 10,
      idle: pool.idleCount!,
      waiting: pool.waitingCount!,
    });
  return () => ({ total: 1, max: 1 });
}
