import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../testing/app.ts';
import { openTestDatabase } from '../../testing/database.ts';
import { sampleOf } from '../../testing/metrics.ts';
import { severalNodesSkip } from '../../testing/nodes.ts';
import { freePort } from '../../testing/server-process.ts';
import { suiteDatabase } from '../../testing/suite-database.ts';
import { tcpProxy } from '../../testing/tcp-proxy.ts';
import { systemClock } from '../clock.ts';
import { AppError, PlatformErrors } from '../errors.ts';
import { createMetrics } from '../metrics/metrics.ts';
import { heardChanges, startChangeFeed } from './change-feed.ts';
import type { Database } from './database.ts';
import { openReadReplicas, type PublicReads, primaryWhenAbsent } from './read-replicas.ts';

/**
 * Read replicas for the public read-only routes (issue 20 point 2). A streaming standby needs a
 * server of its own; here a "replica" is another schema of the test server reached by its own
 * URL, with other content, which shows where each read went; one at a closed port is a replica
 * that is down; one behind a relay that is cut is a replica lost while it served.
 */
if (severalNodesSkip) console.warn(`read replicas: skipped, ${severalNodesSkip}`);

const primary = await suiteDatabase();
const silent = pino({ level: 'silent' });
let replicaSchema: Database;
const opened: PublicReads[] = [];
const apps: FastifyInstance[] = [];

/** A URL of the test server whose sessions work in `schema`. */
function urlOf(schema: string, port?: number): string {
  const url = new URL(process.env.DATABASE_URL!);
  if (port !== undefined) url.host = `127.0.0.1:${port}`;
  url.searchParams.set('options', `-c search_path=${schema}`);
  return url.toString();
}

const schemaOf = async (db: Database) =>
  (await db.query<{ schema: string }>('select current_schema() as schema')).rows[0]!.schema;

async function reads(urls: string[], checkEveryMs = 100): Promise<PublicReads> {
  const made = await openReadReplicas({ primary, urls, maxLagMs: 5_000, logger: silent, checkEveryMs });
  opened.push(made);
  return made;
}

const regionsOf = async (app: FastifyInstance) => {
  const response = await app.inject({ method: 'GET', url: '/api/v1/reference/classifiers/regions' });
  expect(response.statusCode, response.body).toBe(200);
  return (response.json() as { items: { code: string; name: { en: string } }[] }).items.map((item) => item.name.en);
};

describe.skipIf(severalNodesSkip)('read replicas for the public read-only routes (issue 20 point 2)', () => {
  beforeAll(async () => {
    replicaSchema = await openTestDatabase();
    await primary.query(
      `insert into regions (code, kind, name_kk, name_ru, name_en) values ('01', 'region', 'Негізгі', 'Основной', 'On the primary')`,
    );
    await replicaSchema.query(
      `insert into regions (code, kind, name_kk, name_ru, name_en) values ('02', 'region', 'Көшірме', 'Реплика', 'On the replica')`,
    );
  });
  afterAll(async () => {
    for (const app of apps) await app.close();
    for (const made of opened) await made.close();
    await replicaSchema?.close();
  });

  it('sends the public reads to a replica that serves, and everything else to the primary', async () => {
    const publicReads = await reads([urlOf(await schemaOf(replicaSchema))]);
    expect(publicReads.replicas()).toEqual([expect.objectContaining({ serving: true, lagMs: 0 })]);
    const app = await buildTestApp(primary, { publicReads });
    apps.push(app);
    expect(await regionsOf(app)).toEqual(['On the replica']);
    // a transaction is the primary's, whatever its statements
    const inTransaction = await publicReads.transaction((tx) =>
      tx.query<{ n: string }>('select name_en as n from regions'),
    );
    expect(inTransaction.rows).toEqual([{ n: 'On the primary' }]);
  });

  it('reads from the primary a change this node has heard of until a check finds the replica holds it', async () => {
    const feed = await startChangeFeed(primary, silent);
    try {
      // checked only when the test says so, or when a read finds the replica behind a heard change
      const publicReads = await reads([urlOf(await schemaOf(replicaSchema))], 3_600_000);
      const app = await buildTestApp(primary, { publicReads });
      apps.push(app);
      expect(await regionsOf(app)).toEqual(['On the replica']);
      const heard = heardChanges(primary);
      await primary.query(`insert into classifier_items (classifier, code, name_kk, name_ru, name_en, valid_from)
                           values ('test', 'x', 'x', 'x', 'x', '2020-01-01')`);
      await expect.poll(() => heardChanges(primary)).toBeGreaterThan(heard);
      // the replica is not known to hold the change: the primary answers, and a check is started
      expect(await regionsOf(app)).toEqual(['On the primary']);
      await publicReads.check();
      expect(await regionsOf(app)).toEqual(['On the replica']);
    } finally {
      await feed.stop();
    }
  });

  it('answers from the primary, with no error, when the replica is down', async () => {
    const closed = await freePort();
    const publicReads = await reads([urlOf(await schemaOf(replicaSchema), closed)]);
    expect(publicReads.replicas()).toEqual([expect.objectContaining({ serving: false, lagMs: null })]);
    const app = await buildTestApp(primary, { publicReads });
    apps.push(app);
    expect(await regionsOf(app)).toEqual(['On the primary']);
  });

  it('tells the metrics each replica’s state, lag and connections (issue 20 point 4)', async () => {
    const closed = await freePort();
    const serving = urlOf(await schemaOf(replicaSchema));
    const publicReads = await reads([serving, urlOf(await schemaOf(replicaSchema), closed)]);
    const [up, down] = publicReads.replicas().map((replica) => replica.name);
    await publicReads.query('select 1');
    const metrics = createMetrics();
    metrics.watch({ clock: systemClock, databasePools: publicReads.poolUse, readReplicas: publicReads.replicas });
    const text = (await metrics.exposition()).text;
    const sample = (name: string, labels: string) => sampleOf(text, name, labels);
    expect(sample('shekara_read_replica_serving', `replica="${up}"`)).toBe(1);
    expect(sample('shekara_read_replica_serving', `replica="${down}"`)).toBe(0);
    expect(sample('shekara_read_replica_lag_seconds', `replica="${up}"`)).toBe(0);
    // a replica that does not answer has no lag to report
    expect(sample('shekara_read_replica_lag_seconds', `replica="${down}"`)).toBeUndefined();
    expect(sample('shekara_database_connections', `pool="${up}",state="total"`)).toBeGreaterThanOrEqual(1);
    expect(sample('shekara_database_connections', `pool="${down}",state="max"`)).toBe(10);
  });

  it('goes on from the primary when a serving replica is lost, and back to it once it answers again', async () => {
    const server = new URL(process.env.DATABASE_URL!);
    const relay = await tcpProxy({ host: server.hostname, port: Number(server.port || 5432) });
    try {
      // Checked only when the test says so: a timed check, which reaches the replica again through
      // the relay, could mark it serving between the failed read and the look at its mark.
      const publicReads = await reads([urlOf(await schemaOf(replicaSchema), relay.port)], 3_600_000);
      const app = await buildTestApp(primary, { publicReads });
      apps.push(app);
      expect(await regionsOf(app)).toEqual(['On the replica']);
      relay.cut();
      // the pooled connection is gone: this read fails on the replica and is answered by the primary
      expect(await regionsOf(app)).toEqual(['On the primary']);
      expect(publicReads.replicas()[0]!.serving).toBe(false);
      await publicReads.check();
      expect(publicReads.replicas()[0]!.serving).toBe(true);
      expect(await regionsOf(app)).toEqual(['On the replica']);
    } finally {
      await relay.close();
    }
  });

  it('asks the primary for what a replica does not find, so an absence is never a lagging replica’s word', async () => {
    const publicReads = await reads([urlOf(await schemaOf(replicaSchema))]);
    const named = (code: string) => async (db: Database) => {
      const { rows } = await db.query<{ n: string }>('select name_en as n from regions where code = $1', [code]);
      if (rows.length === 0) throw PlatformErrors.NOT_FOUND();
      return rows[0]!.n;
    };
    expect(await primaryWhenAbsent(publicReads, primary, named('02'))).toBe('On the replica');
    expect(await primaryWhenAbsent(publicReads, primary, named('01'))).toBe('On the primary');
    await expect(primaryWhenAbsent(publicReads, primary, named('03'))).rejects.toThrow(AppError);
  });
});
