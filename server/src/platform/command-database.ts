import type { CommandIo } from './command-io.ts';
import { type Config, loadConfig } from './config.ts';
import type { Database } from './db/database.ts';
import { migrate } from './db/migrations.ts';
import { openDatabase } from './db/open-database.ts';

/** The command's configuration: the environment it was given. */
export function commandConfig(io: CommandIo): Config {
  return loadConfig(io.env);
}

/**
 * Opens the database the configuration names (the embedded one in DATA_DIR, or DATABASE_URL),
 * brings its schema up to date unless told not to, does the work and closes it, whatever happens.
 * A database the caller gave (`io.database`) is used as it is and left open.
 */
export async function withCommandDatabase<T>(
  io: CommandIo,
  work: (db: Database, config: Config) => Promise<T>,
  options: { migrate?: boolean } = {},
): Promise<T> {
  const config = commandConfig(io);
  const db = io.database ?? (await openDatabase(config));
  try {
    if (options.migrate !== false) await migrate(db);
    return await work(db, config);
  } finally {
    if (db !== io.database) await db.close();
  }
}
