import { Command, CommanderError } from 'commander';
import { loadDemoData } from './demo-data.ts';
import { ConfigError, loadConfig } from './platform/config.ts';
import type { Database } from './platform/db/database.ts';
import { DataDirInUseError } from './platform/db/data-dir-lock.ts';
import { MigrationError, migrate, migrationStatus, pad } from './platform/db/migrations.ts';
import { openDatabase } from './platform/db/open-database.ts';
import { packageVersion } from './platform/paths.ts';
import { registerOutboxCommands } from './platform/outbox/cli.ts';
import { modules } from './modules/index.ts';

/**
 * `shekara`: the operator's command line. Commands work on the same database as the server
 * (DATABASE_URL, or the embedded one in DATA_DIR, which only one process may hold at a time).
 */
const program = new Command('shekara')
  .description('Shekara: electronic customs declaration of goods (Kazakhstan, EAEU)')
  .version(packageVersion)
  .showHelpAfterError()
  .exitOverride();

program
  .command('serve')
  .description('start the server (the same as `npm start`)')
  .action(async () => {
    const { main } = await import('./main.ts');
    await main();
  });

const db = program.command('db').description('the database schema');

db.command('migrate')
  .description('apply pending migrations')
  .action(() =>
    withDatabase(async (database) => {
      const applied = await migrate(database);
      if (applied.length === 0) console.log('the database is up to date');
      for (const migration of applied) console.log(`applied ${pad(migration.version)}_${migration.name}`);
    }),
  );

db.command('status')
  .description('list migrations and whether each is applied')
  .action(() =>
    withDatabase(async (database) => {
      const states = await migrationStatus(database);
      console.log(`database: ${database.kind}`);
      for (const state of states) {
        const when = state.appliedAt ? `  ${state.appliedAt.toISOString()}` : '';
        console.log(`${pad(state.version)}_${state.name}  ${state.state}${when}`);
      }
      const pending = states.filter((s) => s.state === 'pending').length;
      console.log(`${states.length - pending} applied, ${pending} pending`);
      if (states.some((s) => s.state === 'changed' || s.state === 'unknown')) process.exitCode = 1;
    }),
  );

program
  .command('demo-data')
  .description('the bundled demo data')
  .command('load')
  .description('load the bundled demo data (idempotent)')
  .action(() =>
    withDatabase(async (database) => {
      await migrate(database);
      console.log(JSON.stringify(await loadDemoData(database), null, 2));
    }),
  );

registerOutboxCommands(program);
for (const module of modules) module.cli?.(program, { loadDemoData });

async function withDatabase(work: (database: Database) => Promise<void>): Promise<void> {
  const database = await openDatabase(loadConfig());
  try {
    await work(database);
  } finally {
    await database.close();
  }
}

try {
  await program.parseAsync(process.argv);
} catch (error) {
  // Usage errors exit 2, as is the custom for commands whose exit 1 means "checked, and no".
  if (error instanceof CommanderError) process.exit(error.exitCode === 1 ? 2 : error.exitCode);
  if (error instanceof ConfigError) fail(`configuration error: ${error.message}`);
  if (error instanceof DataDirInUseError || error instanceof MigrationError) fail(error.message);
  throw error;
}

function fail(message: string): never {
  process.stderr.write(`shekara: ${message}\n`);
  process.exit(1);
}
