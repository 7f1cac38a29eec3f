import { Command, CommanderError } from 'commander';
import { moduleCommands } from './modules/commands.ts';
import type { CommandIo } from './platform/command-io.ts';
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

/** The command groups after the platform's own, in the order `shekara --help` lists them. */
const commandGroups: readonly ModuleCommands[] = [
  { names: ['outbox'], load: async () => (await import('./platform/outbox/cli.ts')).registerOutboxCommands },
  { names: ['audit'], load: async () => (await import('./platform/audit/cli.ts')).registerAuditCommands },
  ...moduleCommands,
];

/** The streams a run writes to and the environment it reads; `bin/shekara.mjs` gives the process's own. */
export type CommandStreams = Omit<CommandIo, 'exitCode'>;

/**
 * Runs one command line (the arguments after `shekara`) and resolves to its exit code. Usage
 * errors are 2, as is the custom for commands whose 1 means "checked, and no". An error no
 * command expects is thrown, with its stack, as a crash.
 */
export async function runShekara(args: readonly string[], streams: CommandStreams): Promise<number> {
  const io: CommandIo = { ...streams, exitCode: 0 };
  const program = commandLine(io);
  const services: CommandServices = { io, loadDemoData };
  for (const register of await Promise.all(groupsToLoad(program, args).map((group) => group.load())))
    register(program, services);
  try {
    await program.parseAsync(args, { from: 'user' });
    return io.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 1 ? 2 : error.exitCode;
    // Already loaded if the command used them; importing them here costs nothing then.
    const [{ ConfigError }, { DataDirInUseError }, { MigrationError }] = await Promise.all([
      import('./platform/config.ts'),
      import('./platform/db/data-dir-lock.ts'),
      import('./platform/db/migrations.ts'),
    ]);
    if (error instanceof ConfigError) return fail(io, `configuration error: ${error.message}`);
    if (error instanceof DataDirInUseError || error instanceof MigrationError) return fail(io, error.message);
    throw error;
  }
}

/** The platform's own commands; the modules' are added to it by their groups. */
function commandLine(io: CommandIo): Command {
  const program = new Command('shekara')
    .description('Shekara: electronic customs declaration of goods (Kazakhstan, EAEU)')
    .version(packageVersion)
    .showHelpAfterError()
    .exitOverride()
    // Set before any subcommand is added: commander copies both to the commands made after.
    .configureOutput({ writeOut: (text) => io.out(text), writeErr: (text) => io.err(text) });

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
      withDatabase(io, async (database) => {
        const { migrate, pad } = await import('./platform/db/migrations.ts');
        const applied = await migrate(database);
        if (applied.length === 0) io.out('the database is up to date\n');
        for (const migration of applied) io.out(`applied ${pad(migration.version)}_${migration.name}\n`);
      }),
    );
  db.command('status')
    .description('list migrations and whether each is applied')
    .action(() =>
      withDatabase(io, async (database) => {
        const { migrationStatus, pad } = await import('./platform/db/migrations.ts');
        const states = await migrationStatus(database);
        io.out(`database: ${database.kind}\n`);
        for (const state of states) {
          const when = state.appliedAt ? `  ${state.appliedAt.toISOString()}` : '';
          io.out(`${pad(state.version)}_${state.name}  ${state.state}${when}\n`);
        }
        const pending = states.filter((s) => s.state === 'pending').length;
        io.out(`${states.length - pending} applied, ${pending} pending\n`);
        if (states.some((s) => s.state === 'changed' || s.state === 'unknown')) io.exitCode = 1;
      }),
    );

  program
    .command('demo-data')
    .description('the bundled demo data')
    .command('load')
    .description('load the bundled demo data (idempotent)')
    .action(async () => {
      const { withCommandDatabase } = await import('./platform/command-database.ts');
      await withCommandDatabase(io, async (database) =>
        io.out(`${JSON.stringify(await loadDemoData(database), null, 2)}\n`),
      );
    });
  return program;
}

async function loadDemoData(db: Database): Promise<unknown> {
  return (await import('./demo-data.ts')).loadDemoData(db);
}

/**
 * Only the group of the command named is loaded. The help, a mistyped command and `help <command>`
 * need every group's definitions, so then all are; the version and the platform's commands none.
 */
function groupsToLoad(program: Command, args: readonly string[]): readonly ModuleCommands[] {
  const named = args.find((arg) => !arg.startsWith('-'));
  if (named === undefined) return args.includes('--version') || args.includes('-V') ? [] : commandGroups;
  if (program.commands.some((command) => command.name() === named)) return [];
  const group = commandGroups.find((candidate) => candidate.names.includes(named));
  return group ? [group] : commandGroups;
}

/** The platform's commands work on the schema itself, so they open the database unmigrated. */
async function withDatabase(io: CommandIo, work: (database: Database) => Promise<void>): Promise<void> {
  const { withCommandDatabase } = await import('./platform/command-database.ts');
  await withCommandDatabase(io, work, { migrate: false });
}

function fail(io: CommandIo, message: string): number {
  io.err(`shekara: ${message}\n`);
  return 1;
}
