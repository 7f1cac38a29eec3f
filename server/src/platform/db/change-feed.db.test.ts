import pino from 'pino';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { anotherConnection, severalNodesSkip } from '../../testing/nodes.ts';
import { suiteDatabase } from '../../testing/suite-database.ts';
import { tcpProxy } from '../../testing/tcp-proxy.ts';
import { changeGeneration, changesChannel, startChangeFeed } from './change-feed.ts';
import type { Database } from './database.ts';
import { listenOnServer } from './postgres-listener.ts';

/**
 * How a node hears that reference data changed (issue 20 point 1): the tables' triggers notify at
 * the commit, each node's feed counts it per table. On PGlite the one session hears its own
 * commits; on a server every node hears every node's.
 */
const db = await suiteDatabase();
const silent = pino({ level: 'silent' });
const feed = await startChangeFeed(db, silent);
afterAll(() => feed.stop());

const addRate = (target: Pick<Database, 'query'>, currency: string, date: string) =>
  target.query(
    `insert into exchange_rates (currency, rate_date, units, rate, change, source) values ($1, $2, 1, 100, null, 'test')`,
    [currency, date],
  );

describe('the change feed', () => {
  it('counts a committed change to a copied table, and a statement that changes no row not at all', async () => {
    const before = changeGeneration(db, ['exchange_rates']);
    const other = changeGeneration(db, ['tnved_nodes']);
    await addRate(db, 'AAA', '2030-01-01');
    await vi.waitFor(() => expect(changeGeneration(db, ['exchange_rates'])).toBe(before + 1), { timeout: 1_000 });
    await db.query(`update exchange_rates set rate = rate where currency = 'none such'`);
    await db.query(`delete from exchange_rates where currency = 'none such'`);
    // another statement that changes rows, heard after the two that change none
    await db.query(`update tnved_nodes set notes = notes where false`);
    await addRate(db, 'AAB', '2030-01-01');
    await vi.waitFor(() => expect(changeGeneration(db, ['exchange_rates'])).toBe(before + 2), { timeout: 1_000 });
    expect(changeGeneration(db, ['tnved_nodes'])).toBe(other);
  });

  it('tells nothing of a change rolled back', async () => {
    const before = changeGeneration(db, ['exchange_rates']);
    await db
      .transaction(async (tx) => {
        await addRate(tx, 'AAC', '2030-01-01');
        throw new Error('rolled back');
      })
      .catch(() => {});
    await addRate(db, 'AAD', '2030-01-01');
    await vi.waitFor(() => expect(changeGeneration(db, ['exchange_rates'])).toBe(before + 1), { timeout: 1_000 });
  });
});

describe.skipIf(severalNodesSkip)(
  `the change feed on a server${severalNodesSkip ? ` (${severalNodesSkip})` : ''}`,
  () => {
    it('hears another node’s change at its commit, within a second, not before', async () => {
      const other = await anotherConnection(db);
      try {
        const before = changeGeneration(db, ['exchange_rates']);
        let committed = 0;
        await other.transaction(async (tx) => {
          await addRate(tx, 'AAE', '2030-01-01');
          // written, not committed: nothing heard yet
          await new Promise((resolve) => setImmediate(resolve));
          expect(changeGeneration(db, ['exchange_rates'])).toBe(before);
          committed = Date.now();
        });
        await vi.waitFor(() => expect(changeGeneration(db, ['exchange_rates'])).toBe(before + 1), {
          timeout: 1_000,
          interval: 5,
        });
        expect(Date.now() - committed).toBeLessThan(1_000);
      } finally {
        await other.close();
      }
    });

    it('listens again after losing its connection, telling of the loss and of the return', async () => {
      const server = new URL(process.env.DATABASE_URL!);
      const proxy = await tcpProxy({ host: server.hostname, port: Number(server.port || 5432) });
      const viaProxy = new URL(server);
      viaProxy.host = `127.0.0.1:${proxy.port}`;
      const heard: string[] = [];
      const events: string[] = [];
      const stop = await listenOnServer({
        connectionString: viaProxy.toString(),
        channel: changesChannel,
        listener: {
          notice: (payload) => heard.push(payload),
          lost: () => events.push('lost'),
          reconnected: () => events.push('reconnected'),
        },
        retryDelaysMs: [20, 50],
      });
      try {
        const { rows } = await db.query<{ schema: string }>('select current_schema() as schema');
        const ours = `${rows[0]!.schema}.exchange_rates`;
        await addRate(db, 'AAF', '2030-01-01');
        await vi.waitFor(() => expect(heard).toContain(ours), { timeout: 1_000 });
        proxy.cut();
        await vi.waitFor(() => expect(events).toEqual(['lost', 'reconnected']), { timeout: 5_000 });
        heard.length = 0;
        await addRate(db, 'AAG', '2030-01-01');
        await vi.waitFor(() => expect(heard).toContain(ours), { timeout: 1_000 });
      } finally {
        await stop();
        await proxy.close();
      }
    });
  },
);
