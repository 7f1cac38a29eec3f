import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root, where `bin/shekara.mjs` lives. */
export const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * The `shekara` command as an operator runs it, in a process of its own, on the embedded
 * database in its own data directory (`work/data`), never on a server's. `remove()` deletes the
 * working directory (call it in afterAll).
 */
export function cliWorkspace(prefix: string) {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), `shekara-${prefix}-`));
  const dataDir = path.join(work, 'data');
  return {
    work,
    dataDir,
    shekara(...args: string[]): CliRun {
      const result = spawnSync(process.execPath, ['bin/shekara.mjs', ...args], {
        cwd: projectRoot,
        encoding: 'utf8',
        env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'silent' },
      });
      return { code: result.status, stdout: result.stdout, stderr: result.stderr };
    },
    remove() {
      fs.rmSync(work, { recursive: true, force: true });
    },
  };
}
