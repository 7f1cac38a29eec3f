import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import pg from 'pg';

/**
 * `npm run test:pg`: the database suites on a real PostgreSQL server. Connects to DATABASE_URL
 * (default: the local server as postgres), creates a fresh database, runs the database suites
 * (`*.db.test.ts`) against it, and drops it again whatever the outcome.
 */
const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const name = `shekara_test_${Date.now()}_${randomBytes(3).toString('hex')}`;

const admin = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 5_000 });
try {
  await admin.connect();
} catch (error) {
  console.error(`test:pg: cannot reach PostgreSQL at ${redact(serverUrl)}: ${(error as Error).message}`);
  console.error('test:pg: start a server or set DATABASE_URL to one (the suites create and drop their own database)');
  process.exit(1);
}
await admin.query(`create database ${name}`);
console.log(`test:pg: created database ${name} on ${redact(serverUrl)}`);

let status = 1;
try {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const run = spawnSync('npx', ['vitest', 'run', '--project', 'node', '.db.test.ts', ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, DATABASE_URL: url.toString() },
  });
  status = run.status ?? 1;
} finally {
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.end();
  console.log(`test:pg: dropped database ${name}`);
}
process.exit(status);

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]+@/, '//$1:***@');
}
