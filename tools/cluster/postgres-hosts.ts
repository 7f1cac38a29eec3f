import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Host, onHost } from './network.ts';

/**
 * PostgreSQL servers on the cluster's hosts, from the machine's own PostgreSQL binaries: a primary
 * made with initdb, a streaming replica made from it with pg_basebackup. Each runs as the
 * `postgres` user in its host's namespace, with its files and its socket in a directory of its
 * own, so nothing is shared with a PostgreSQL the machine already runs.
 */
const binaries = (() => {
  const root = '/usr/lib/postgresql';
  const version = fs.existsSync(root) ? fs.readdirSync(root).sort().at(-1) : undefined;
  return version ? path.join(root, version, 'bin') : undefined;
})();

/** Why PostgreSQL servers cannot be made here, or null. */
export function postgresUnavailableReason(): string | null {
  if (!binaries || !fs.existsSync(path.join(binaries, 'pg_basebackup')))
    return 'PostgreSQL server binaries (initdb, postgres, pg_basebackup) are not installed';
  try {
    execFileSync('id', ['postgres'], { stdio: 'ignore' });
  } catch {
    return 'there is no `postgres` user to run PostgreSQL as';
  }
  return null;
}

const asPostgres = (command: string, ...args: string[]) => [
  'setpriv',
  '--reuid=postgres',
  '--regid=postgres',
  '--clear-groups',
  '--',
  path.join(binaries!, command),
  ...args,
];

export interface PostgresHost {
  host: Host;
  dataDir: string;
  url(database: string): string;
  start(): Promise<void>;
  /** A fast shutdown (SIGINT), as an operator's `pg_ctl stop -m fast`. */
  stop(): Promise<void>;
  running(): boolean;
}

function postgresDirectory(name: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `shekara-cluster-${name}-`));
  execFileSync('chown', ['postgres:postgres', dir]);
  fs.chmodSync(dir, 0o700);
  return dir;
}

function server(host: Host, dataDir: string, log: (line: string) => void): PostgresHost {
  let child: ChildProcess | undefined;
  let exited: Promise<void> = Promise.resolve();
  const socketDir = path.join(dataDir, 'socket');
  const pgdata = path.join(dataDir, 'pgdata');
  return {
    host,
    dataDir: pgdata,
    url: (database) => `postgres://postgres@${host.address}:5432/${database}`,
    running: () => child !== undefined && child.exitCode === null && child.signalCode === null,
    async start() {
      const [command, ...args] = onHost(
        host,
        asPostgres(
          'postgres',
          '-D',
          pgdata,
          '-c',
          `listen_addresses=${host.address}`,
          '-c',
          `unix_socket_directories=${socketDir}`,
        ),
      );
      const started = spawn(command!, args, { stdio: ['ignore', 'ignore', 'pipe'] });
      child = started;
      exited = new Promise((resolve) => started.once('exit', () => resolve()));
      started.stderr!.on('data', (chunk: Buffer) => {
        for (const line of String(chunk).split('\n')) if (/FATAL|PANIC|ERROR/.test(line)) log(`${host.name}: ${line}`);
      });
      for (let tries = 0; tries < 300; tries++) {
        try {
          execFileSync(path.join(binaries!, 'pg_isready'), ['-q', '-h', host.address, '-p', '5432', '-U', 'postgres'], {
            stdio: 'ignore',
          });
          return;
        } catch {
          if (!this.running()) throw new Error(`${host.name}: PostgreSQL ended while starting`);
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
      throw new Error(`${host.name}: PostgreSQL did not start in 30 s`);
    },
    async stop() {
      if (this.running()) child!.kill('SIGINT');
      await exited;
    },
  };
}

/** A primary on `host`: initdb, trust for the cluster's network, WAL for a replica, started. */
export async function startPrimary(host: Host, log: (line: string) => void): Promise<PostgresHost> {
  const dir = postgresDirectory(host.name);
  const pgdata = path.join(dir, 'pgdata');
  execFileSync('mkdir', ['-p', path.join(dir, 'socket')]);
  execFileSync('chown', ['postgres:postgres', path.join(dir, 'socket')]);
  const [initdb, ...initdbArgs] = asPostgres(
    'initdb',
    '-D',
    pgdata,
    '-U',
    'postgres',
    '--auth=trust',
    '-E',
    'UTF8',
    '--no-sync',
  );
  execFileSync(initdb!, initdbArgs, { stdio: 'ignore' });
  fs.appendFileSync(
    path.join(pgdata, 'postgresql.conf'),
    [
      'wal_level = replica',
      'max_wal_senders = 5',
      'hot_standby = on',
      'max_connections = 200',
      'shared_buffers = 128MB',
      // the test loses no data by a crash of the machine: what it tests is the loss of a node
      'fsync = off',
      '',
    ].join('\n'),
  );
  fs.appendFileSync(
    path.join(pgdata, 'pg_hba.conf'),
    'host all all 10.77.0.0/24 trust\nhost replication all 10.77.0.0/24 trust\n',
  );
  const primary = server(host, dir, log);
  await primary.start();
  return primary;
}

/** A streaming replica of `primary` on `host`, made with pg_basebackup and started. */
export async function startReplica(
  host: Host,
  primary: PostgresHost,
  log: (line: string) => void,
): Promise<PostgresHost> {
  const dir = postgresDirectory(host.name);
  const pgdata = path.join(dir, 'pgdata');
  execFileSync('mkdir', ['-p', path.join(dir, 'socket')]);
  execFileSync('chown', ['postgres:postgres', path.join(dir, 'socket')]);
  const [command, ...args] = onHost(
    host,
    asPostgres(
      'pg_basebackup',
      '-h',
      primary.host.address,
      '-U',
      'postgres',
      '-D',
      pgdata,
      '-R',
      '-X',
      'stream',
      '-c',
      'fast',
    ),
  );
  execFileSync(command!, args, { stdio: 'ignore' });
  const replica = server(host, dir, log);
  await replica.start();
  return replica;
}

/** Removes a server's files once it has stopped. */
export function removePostgresFiles(postgres: PostgresHost) {
  fs.rmSync(path.dirname(postgres.dataDir), { recursive: true, force: true });
}
