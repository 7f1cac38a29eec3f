import path from 'node:path';
import type { Config } from '../config.ts';
import { lockDataDir } from './data-dir-lock.ts';
import type { Database } from './database.ts';
import { openPglite } from './pglite.ts';

/** The embedded database's files live in `DATA_DIR/pgdata`, leaving `DATA_DIR` room for other stored files. */
export function pgliteDirectory(dataDir: string): string {
  return path.join(dataDir, 'pgdata');
}

/** Opens PostgreSQL when DATABASE_URL is set, otherwise the embedded PGlite in DATA_DIR. */
export async function openDatabase(
  config: Pick<Config, 'databaseUrl' | 'databasePoolSize' | 'dataDir'>,
): Promise<Database> {
  if (config.databaseUrl) {
    // Loaded only here: node-postgres took about a tenth of loading a server that PGlite serves.
    const { openPostgres } = await import('./postgres.ts');
    return openPostgres({ connectionString: config.databaseUrl, poolSize: config.databasePoolSize });
  }
  const unlock = lockDataDir(config.dataDir);
  try {
    const database = await openPglite({ dataDir: pgliteDirectory(config.dataDir) });
    return {
      ...database,
      async close() {
        try {
          await database.close();
        } finally {
          unlock();
        }
      },
    };
  } catch (error) {
    unlock();
    throw error;
  }
}
