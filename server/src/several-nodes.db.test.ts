import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { severalNodesSkip } from './testing/nodes.ts';
import { freePort, type ServerProcess, spawnServer, waitHealthy } from './testing/server-process.ts';

/**
 * Issue 20 points 1 and 2 with the real thing: two `npm start` processes on one fresh PostgreSQL
 * database (and one data directory, for the development test PKI they share). What one node's
 * memory held is seen by both: a TN VED name changed by a statement of a third connection is
 * searched on both within a second. The second node has a read replica that is down
 * (DATABASE_REPLICA_URL at a closed port) and serves its public reads from the primary all the same.
 */
if (severalNodesSkip) console.warn(`two server processes on one database: skipped, ${severalNodesSkip}`);

const servers: ServerProcess[] = [];
const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  await Promise.all(servers.map((server) => server.stop()));
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
});

/** A database of its own on the test server, dropped after the file: the processes work in its public schema. */
async function freshDatabase(): Promise<string> {
  const url = new URL(process.env.DATABASE_URL!);
  const name = `shekara_nodes_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url.toString() });
  await admin.connect();
  await admin.query(`create database ${name}`);
  cleanups.push(async () => {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  });
  url.pathname = `/${name}`;
  return url.toString();
}

const searchName = async (server: ServerProcess, code: string) => {
  const response = await fetch(`${server.url}/api/v1/reference/tnved?q=${code}&limit=1`);
  expect(response.status).toBe(200);
  const hit = ((await response.json()) as { hits: { code: string; name: { ru: string } }[] }).hits[0];
  return hit?.code === code ? hit.name.ru : undefined;
};

describe.skipIf(severalNodesSkip)('two server processes on one PostgreSQL (issue 20 points 1, 2)', () => {
  it('see a reference change made elsewhere within a second, and serve public reads with their replica down', async () => {
    const databaseUrl = await freshDatabase();
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shekara-nodes-'));
    cleanups.push(async () => fs.rmSync(dataDir, { recursive: true, force: true }));
    const env = { DATABASE_URL: databaseUrl, DATA_DIR: dataDir, WORKER_THREADS: '1' };
    // one after the other: the first migrates, loads the demo data and makes the test PKI
    const first = spawnServer({ ...env, PORT: String(await freePort()) });
    servers.push(first);
    expect(await waitHealthy(first, 280_000)).toMatchObject({ database: 'postgresql' });
    const closed = new URL(databaseUrl);
    closed.host = `127.0.0.1:${await freePort()}`;
    const second = spawnServer({
      ...env,
      PORT: String(await freePort()),
      DATABASE_REPLICA_URL: closed.toString(),
      DATABASE_REPLICA_MAX_LAG_MS: '1000',
    });
    servers.push(second);
    await waitHealthy(second, 120_000);
    expect(second.output()).toContain('read replica');

    const before = await Promise.all(servers.map((server) => searchName(server, '0102')));
    expect(before[0]).toBeDefined();
    expect(before[1]).toBe(before[0]);
    const elsewhere = new pg.Client({ connectionString: databaseUrl });
    await elsewhere.connect();
    try {
      await elsewhere.query(
        `update tnved_nodes set name_ru = 'КРУПНЫЙ РОГАТЫЙ СКОТ ЖИВОЙ (ИЗМЕНЕНО)' where code = '0102'`,
      );
    } finally {
      await elsewhere.end();
    }
    const changedAt = Date.now();
    // every node at once: each builds its copies anew in its own time
    await Promise.all(
      servers.map((server) =>
        vi.waitFor(async () => expect(await searchName(server, '0102')).toBe('КРУПНЫЙ РОГАТЫЙ СКОТ ЖИВОЙ (ИЗМЕНЕНО)'), {
          timeout: 1_000,
          interval: 20,
        }),
      ),
    );
    expect(Date.now() - changedAt).toBeLessThan(1_000);

    // the replica down: the public reads of the second node come from the primary
    const regions = await fetch(`${second.url}/api/v1/reference/classifiers/regions`);
    expect(regions.status).toBe(200);
    expect(((await regions.json()) as { items: unknown[] }).items).toHaveLength(20);
  }, 420_000);
});
