import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { serverNodeFlags } from '../../bin/server-flags.mjs';
import { type Host, onHost } from './network.ts';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const appPort = 8080;

/**
 * An application node on its own host: `npm start`'s entry point listening on the host's loopback
 * (development mode listens on nothing else), and a forwarder on the host's address in front of
 * it. Every node shares the primary, the replica and one data directory (only the development
 * test PKI lives there when the database is a server, so every node trusts the same keys).
 */
export interface AppNode {
  host: Host;
  url: string;
  start(): Promise<void>;
  /** SIGKILL: the node dies at once, whatever it was doing. */
  kill(): Promise<void>;
  stop(): Promise<void>;
  running(): boolean;
  output(): string;
}

export function appNode(host: Host, env: Record<string, string>): AppNode {
  const url = `http://${host.address}:${appPort}`;
  let node: ChildProcess | undefined;
  let exited: Promise<void> = Promise.resolve();
  let output = '';
  const [forwardCommand, ...forwardArgs] = onHost(host, [
    process.execPath,
    fileURLToPath(new URL('./forward.mjs', import.meta.url)),
    host.address,
    String(appPort),
    String(appPort),
  ]);
  const forwarder = spawn(forwardCommand!, forwardArgs, { stdio: 'ignore' });
  const running = () => node !== undefined && node.exitCode === null && node.signalCode === null;
  return {
    host,
    url,
    running,
    output: () => output,
    async start() {
      const [command, ...args] = onHost(host, [process.execPath, ...serverNodeFlags, 'bin/start.mjs']);
      const started = spawn(command!, args, {
        cwd: projectRoot,
        env: { ...process.env, HOST: '127.0.0.1', PORT: String(appPort), LOG_LEVEL: 'warn', ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      node = started;
      exited = new Promise((resolve) => started.once('exit', () => resolve()));
      started.stdout!.on('data', (chunk) => (output += String(chunk)));
      started.stderr!.on('data', (chunk) => (output += String(chunk)));
      const deadline = Date.now() + 180_000;
      while (Date.now() < deadline) {
        if (!running()) throw new Error(`${host.name} ended while starting:\n${output}`);
        try {
          if ((await fetch(`${url}/health`, { signal: AbortSignal.timeout(2_000) })).status === 200) return;
        } catch {
          // not listening yet
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error(`${host.name} not healthy in 180 s:\n${output}`);
    },
    async kill() {
      if (running()) node!.kill('SIGKILL');
      await exited;
    },
    async stop() {
      if (running()) node!.kill('SIGTERM');
      await exited;
      forwarder.kill('SIGKILL');
    },
  };
}
