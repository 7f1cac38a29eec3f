import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runShekara as runCommandLine } from '../cli.ts';
import type { Database } from '../platform/db/database.ts';
import { openTestDatabase } from './database.ts';

/** The project root, where `bin/shekara.mjs` lives. */
export const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * The `shekara` command as an operator runs it, in a data directory of its own (`work/data`), never
 * a server's; its database is the suite's (`openTestDatabase`), opened at the first command and
 * kept by the ones after, as the embedded database in `work/data` would keep them. `onDataDir`
 * runs a command on the embedded database in `work/data` itself, for what depends on the directory.
 * `remove()` closes the database and deletes the working directory (call it in afterAll).
 *
 * The commands run in this process through the command line's own entry point, with their output
 * captured: a process of their own costs seconds each for loading the modules again, and
 * `spawnShekara` (in the command line's own suite) shows the wrapper that runs them in one.
 */
export function cliWorkspace(prefix: string, workspaceEnv: Record<string, string | undefined> = {}) {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), `shekara-${prefix}-`));
  const dataDir = path.join(work, 'data');
  fs.mkdirSync(dataDir);
  const env = { DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'silent', ...workspaceEnv };
  let database: Promise<Database> | undefined;
  const suiteDatabase = () => {
    database ??= openTestDatabase();
    return database;
  };
  const run = async (args: readonly string[], extraEnv: Record<string, string | undefined> = {}) =>
    runShekara(args, { ...env, ...extraEnv }, await suiteDatabase());
  return {
    work,
    dataDir,
    /** The database the commands work on, for a test to put in or read what they work with. */
    database: suiteDatabase,
    /** One command, with `extraEnv` on top of the workspace's environment. */
    run,
    shekara: (...args: string[]): Promise<CliRun> => run(args),
    onDataDir(...args: string[]): Promise<CliRun> {
      return runShekara(args, env);
    },
    async remove() {
      await (await database)?.close();
      fs.rmSync(work, { recursive: true, force: true });
    },
  };
}

/** Runs one command line in this process, the environment given on top of this process's (on `database` when given). */
export async function runShekara(
  args: readonly string[],
  env: Record<string, string | undefined> = {},
  database?: Database,
): Promise<CliRun> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await runCommandLine(args, {
    env: { ...process.env, ...env },
    database,
    out: (text) => stdout.push(text),
    err: (text) => stderr.push(text),
  });
  return { code, stdout: stdout.join(''), stderr: stderr.join('') };
}

/**
 * Runs `bin/shekara.mjs` in a process of its own, as an operator does, the environment given on
 * top of this process's. Asynchronous, so the test's worker stays free and a timeout fires on time.
 */
export function spawnShekara(args: readonly string[], env: Record<string, string | undefined> = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['bin/shekara.mjs', ...args],
      { cwd: projectRoot, encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        // A string code is a failure to start the process; a number its exit code; null a signal.
        if (error && typeof error.code === 'string') return reject(error);
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
      },
    );
  });
}
