import fs from 'node:fs';
import path from 'node:path';

/**
 * The environment of a browser suite's server: development mode, where the test signer stands in
 * for NCALayer and e-mail stays in the development mailbox.
 */
export function stageEnv(dataDir: string, port: number): Record<string, string> {
  return {
    NODE_ENV: 'development',
    DATA_DIR: dataDir,
    PORT: String(port),
    LOG_LEVEL: 'warn',
    // the browser suite runs beside the others on two cores: a PDF that takes a second alone took
    // over ten there, and the pool's 10 s bound then refused it with PRINT_TIMED_OUT
    WORKER_TASK_TIMEOUT_MS: '60000',
  };
}

/** A copy of a stopped server's data directory, for another server to start on. */
export function copyDataDir(from: string, to: string): void {
  // The pid file guards a directory in use; a copy is a different directory.
  fs.cpSync(from, to, { recursive: true, filter: (source) => path.basename(source) !== 'shekara.pid' });
}
