import { type ChildProcess, spawn } from 'node:child_process';
import net from 'node:net';
import { fileURLToPath } from 'node:url';
import { serverNodeFlags } from '../../../bin/server-flags.mjs';

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  output: () => string;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/**
 * Runs `npm start`'s entry point (`node bin/start.mjs`, with the server's V8 flags) as a real child process; `fromSources`
 * runs server/src/main.ts through tsx instead, as `npm run dev` does.
 */
export function spawnServer(
  env: Record<string, string>,
  { fromSources = false, nodeFlags = [] as string[] } = {},
): ServerProcess {
  const port = env.PORT ?? '8080';
  const entry = fromSources ? ['--import', 'tsx', 'server/src/main.ts'] : ['bin/start.mjs'];
  const child = spawn(process.execPath, [...serverNodeFlags, ...nodeFlags, ...entry], {
    cwd: projectRoot,
    env: { ...process.env, DATABASE_URL: '', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += String(chunk)));
  child.stderr!.on('data', (chunk) => (output += String(chunk)));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    url: `http://127.0.0.1:${port}`,
    child,
    output: () => output,
    exited,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null) child.kill(signal);
      return exited;
    },
  };
}

/** Polls /health until it answers 200; fails early if the process exits. */
export async function waitHealthy(
  server: ServerProcess,
  timeoutMs = 60_000,
): Promise<{ status: string; database: string; version: string }> {
  const deadline = Date.now() + timeoutMs;
  let ended = false;
  void server.exited.then(() => (ended = true));
  while (Date.now() < deadline) {
    if (ended) throw new Error(`server exited before it was healthy:\n${server.output()}`);
    try {
      const response = await fetch(`${server.url}/health`);
      if (response.status === 200)
        return (await response.json()) as { status: string; database: string; version: string };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`server not healthy within ${timeoutMs} ms:\n${server.output()}`);
}
