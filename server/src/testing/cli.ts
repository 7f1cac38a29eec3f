import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';
import { runShekara as runCommandLine } from '../cli.ts';
import { pgliteDirectory } from '../platform/db/open-database.ts';
import './provided-context.ts';

/** The project root, where `bin/shekara.mjs` lives. */
export const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * The `shekara` command on the embedded database in its own data directory (`work/data`), never
 * on a server's. `remove()` deletes the working directory (call it in afterAll).
 *
 * The commands run in this process through the command line's own entry point, with their output
 * captured: a process of their own costs seconds each for loading the modules again, and
 * `spawnShekara` (in the command line's own suite) shows the wrapper that runs them in one.
 */
export function cliWorkspace(prefix: string) {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), `shekara-${prefix}-`));
  const dataDir = path.join(work, 'data');
  startFromMigratedTemplate(dataDir);
  return {
    work,
    dataDir,
    shekara(...args: string[]): Promise<CliRun> {
      return runShekara(args, { DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'silent' });
    },
    remove() {
      fs.rmSync(work, { recursive: true, force: true });
    },
  };
}

/**
 * Lays a copy of the run's migrated database into the data directory, so that the first command
 * does not pay for initdb and every migration (the suite for `shekara db` starts empty on purpose).
 */
export function startFromMigratedTemplate(dataDir: string): void {
  const template = inject('pgliteTemplateDirectory');
  if (template && fs.existsSync(template)) fs.cpSync(template, pgliteDirectory(dataDir), { recursive: true });
}

/** Runs one command line in this process, the environment given on top of this process's. */
export async function runShekara(
  args: readonly string[],
  env: Record<string, string | undefined> = {},
): Promise<CliRun> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await runCommandLine(args, {
    env: { ...process.env, ...env },
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
