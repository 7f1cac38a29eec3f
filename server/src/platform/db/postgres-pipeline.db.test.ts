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
  // Nagle's algorithm off both ways: a chunk written behind another would otherwise wait for its
  // acknowledgement (up to 40 ms delayed), an extra half round trip the count would take for one.
  proxy = net.createServer({ noDelay: true }, (client) => {
    const server = net.connect({ port: Number(target.port || 5432), host: target.hostname, noDelay: true });
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

  it('writes the commit behind a statement marked last, one round trip less, and commits what it wrote', async () => {
    await db.exec('create temporary table if not exists last_marked (n int primary key)');
    // The proxy's delay makes a round trip at least 80 ms, and a busy machine only adds to it: the
    // fewest of three tries is the count.
    const fewest = async (last: boolean, first: number) => {
      const tries: number[] = [];
      for (let n = first; n < first + 6; n += 2) {
        tries.push(
          await roundTripsOf(async (tx) => {
            await tx.query('insert into last_marked values ($1)', [n]);
            await tx.query('insert into last_marked values ($1)', [n + 1], { last });
          }),
        );
      }
      return Math.min(...tries);
    };
    // begin with the first, the second, the commit: 3 round trips; the commit with the second: 2
    expect(await fewest(false, 1)).toBeGreaterThan(2.9);
    expect(await fewest(true, 7)).toBeLessThan(2.5);
    expect((await db.query<{ n: number }>('select n from last_marked order by n')).rows.map((r) => r.n)).toEqual(
      Array.from({ length: 12 }, (_, i) => i + 1),
    );
  });

  it('commits nothing when the statement marked last fails, and throws its error', async () => {
    await db.exec('create temporary table if not exists last_failing (n int primary key)');
    const failing = db.transaction(async (tx) => {
      await tx.query('insert into last_failing values (1)');
      await tx.query('insert into last_failing values (1)', [], { last: true });
    });
    await expect(failing).rejects.toThrow(/duplicate key/);
    expect((await db.query('select n from last_failing')).rowCount).toBe(0);
    // the connection is usable again
    expect((await db.query<{ one: number }>('select 1 as one')).rows[0]!.one).toBe(1);
  });

  it('does not take a transaction as committed when a failed statement was swallowed inside it', async () => {
    await db.exec('create temporary table if not exists swallowed (n int primary key)');
    const swallowing = db.transaction(async (tx) => {
      await tx.query('insert into swallowed values (1)');
      await tx.query('insert into swallowed values (1)').catch(() => undefined);
    });
    await expect(swallowing).rejects.toThrow(/rolled back at its commit/);
    expect((await db.query('select n from swallowed')).rowCount).toBe(0);
  });
});
