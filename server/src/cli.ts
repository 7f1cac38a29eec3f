import { Command, CommanderError } from 'commander';
import { moduleCommands } from './modules/commands.ts';
import type { Database } from './platform/db/database.ts';
import type { CommandServices, ModuleCommands } from './platform/module.ts';
import { packageVersion } from './platform/paths.ts';

/**
 * `shekara`: the operator's command line. Commands work on the same database as the server
 * (DATABASE_URL, or the embedded one in DATA_DIR, which only one process may hold at a time).
 *
 * A command loads only its own code: the database, the modules and their dependencies are
 * imported when a command that needs them runs, which keeps `shekara --version` and the quick
 * commands quick.
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
      const { migrate, pad } = await import('./platform/db/migrations.ts');
      const applied = await migrate(database);
      if (applied.length === 0) console.log('the database is up to date');
      for (const migration of applied) console.log(`applied ${pad(migration.version)}_${migration.name}`);
    }),
  );

db.command('status')
  .description('list migrations and whether each is applied')
  .action(() =>
    withDatabase(async (database) => {
      const { migrationStatus, pad } = await import('./platform/db/migrations.ts');
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
      const { migrate } = await import('./platform/db/migrations.ts');
      await migrate(database);
      console.log(JSON.stringify(await loadDemoData(database), null, 2));
    }),
  );

const services: CommandServices = { loadDemoData };

async function loadDemoData(db: Database): Promise<unknown> {
  return (await import('./demo-data.ts')).loadDemoData(db);
}

/** The command groups after the platform's own, in the order `shekara --help` lists them. */
const commandGroups: readonly ModuleCommands[] = [
  { names: ['outbox'], load: async () => (await import('./platform/outbox/cli.ts')).registerOutboxCommands },
  ...moduleCommands,
];

for (const register of await Promise.all(groupsToLoad(process.argv.slice(2)).map((group) => group.load())))
  register(program, services);

/**
 * Only the group of the command named is loaded. The help, a mistyped command and `help <command>`
 * need every group's definitions, so then all are; the version and the platform's commands none.
 */
function groupsToLoad(args: readonly string[]): readonly ModuleCommands[] {
  const named = args.find((arg) => !arg.startsWith('-'));
  if (named === undefined) return args.includes('--version') || args.includes('-V') ? [] : commandGroups;
  if (program.commands.some((command) => command.name() === named)) return [];
  const group = commandGroups.find((candidate) => candidate.names.includes(named));
  return group ? [group] : commandGroups;
}

async function withDatabase(work: (database: Database) => Promise<void>): Promise<void> {
  const [{ loadConfig }, { openDatabase }] = await Promise.all([
    import('./platform/config.ts'),
    import('./platform/db/open-database.ts'),
  ]);
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
  // Already loaded if the command used them; importing them here costs nothing then.
  const [{ ConfigError }, { DataDirInUseError }, { MigrationError }] = await Promise.all([
    import('./platform/config.ts'),
    import('./platform/db/data-dir-lock.ts'),
    import('./platform/db/migrations.ts'),
  ]);
  if (error instanceof ConfigError) fail(`configuration error: ${error.message}`);
  if (error instanceof DataDirInUseError || error instanceof MigrationError) fail(error.message);
  throw error;
}

function fail(message: string): never {
  process.stderr.write(`shekara: ${message}\n`);
  process.exit(1);
}
