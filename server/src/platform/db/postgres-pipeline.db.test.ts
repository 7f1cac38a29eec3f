import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, Queryable } from './database.ts';
import { openPostgres } from './postgres.ts';
import { sideBySide } from './side-by-side.ts';

/**
 * The server connection pipelines a transaction's statements (postgres.ts): shown through a proxy
 * on 127.0.0.1 that delays every chunk 40 ms each way, so each round trip costs 80 ms and the time
 * a transaction takes counts its round trips. Needs a PostgreSQL server (DATABASE_URL).
 */
const url = process.env.DATABASE_URL;
const delayMs = 40;

let proxy: net.Server;
let db: Database;

beforeAll(async () => {
  if (!url) return;
  const target = new URL(url);
  proxy = net.createServer((client) => {
    const server = net.connect(Number(target.port || 5432), target.hostname);
    const later = (to: net.Socket) => (chunk: Buffer) => setTimeout(() => to.destroyed || to.write(chunk), delayMs);
    client.on('data', later(server));
    server.on('data', later(client));
    const close = () => {
      client.destroy();
      server.destroy();
    };
    client.on('close', close).on('error', close);
    server.on('close', close).on('error', close);
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const proxied = new URL(url);
  proxied.hostname = '127.0.0.1';
  proxied.port = String((proxy.address() as net.AddressInfo).port);
  db = await openPostgres({ connectionString: proxied.toString(), poolSize: 1 });
});

afterAll(async () => {
  await db?.close();
  await new Promise((resolve) => proxy?.close(resolve));
});

/** Round trips a transaction took: its time over the proxy's delay there and back. */
async function roundTripsOf(work: Parameters<Database['transaction']>[0]): Promise<number> {
  const started = performance.now();
  await db.transaction(work);
  return (performance.now() - started) / (2 * delayMs);
}

describe.skipIf(!url)('a transaction on a PostgreSQL server', () => {
  it('sends the statements of steps side by side together: four steps of three statements in about five round trips, not fourteen', async () => {
    await db.transaction((tx) => tx.query('select 1')); // the connection opened
    const step = async (tx: Queryable, n: number) => {
      let sum = 0;
      for (let i = 0; i < 3; i++) sum += (await tx.query<{ n: number }>('select $1::int as n', [n])).rows[0]!.n;
      return sum;
    };
    // one after another: begin with the first statement, then the 12, then the commit
    const oneByOne = await roundTripsOf(async (tx) => {
      for (const n of [1, 2, 3, 4]) await step(tx, n);
    });
    const sideBySideTrips = await roundTripsOf(async (tx) => {
      expect(await sideBySide([step(tx, 1), step(tx, 2), step(tx, 3), step(tx, 4)])).toEqual([3, 6, 9, 12]);
    });
    expect(oneByOne).toBeGreaterThan(12);
    // three rounds of statements (begin goes with the first) and the commit (measured 5.1; 14.3 without pipelining)
    expect(sideBySideTrips).toBeLessThan(8);
  });
});
