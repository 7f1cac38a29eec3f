import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../testing/app.ts';
import { openTestDatabase, testDatabaseKind } from '../../testing/database.ts';
import { capturingLogger } from '../../testing/logger.ts';
import { sampleOf } from '../../testing/metrics.ts';
import { freePort } from '../../testing/server-process.ts';
import { manualClock } from '../clock.ts';
import type { Database } from '../db/database.ts';
import { poolUseOf } from '../db/pool-use.ts';
import { outboxBacklog } from '../outbox/backlog.ts';
import { enqueueOutbox } from '../outbox/enqueue.ts';
import { createMetrics } from './metrics.ts';
import { startMetricsListener } from './metrics-endpoint.ts';

/** Issue 20 point 4: /metrics in Prometheus' text format, guarded by a token or a port of its own. */
const token = 'scrape-token-0123456789';
let db: Database;

beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(() => db.close());

describe('the public port (issue 20 point 4)', () => {
  it('has no /metrics without METRICS_TOKEN', async () => {
    const app = await buildTestApp(db);
    expect((await app.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(404);
    await app.close();
  });

  it('has no /metrics when METRICS_PORT takes them elsewhere', async () => {
    const app = await buildTestApp(db, { metricsConfig: { token, port: 9464, host: '127.0.0.1' } });
    const asked = await app.inject({ method: 'GET', url: '/metrics', headers: { authorization: `Bearer ${token}` } });
    expect(asked.statusCode).toBe(404);
    await app.close();
  });

  it('answers /metrics to the token alone, with each request timed by its route’s pattern, never its URL', async () => {
    const metrics = createMetrics();
    const app = await buildTestApp(db, { metrics, metricsConfig: { token, port: undefined, host: '127.0.0.1' } });
    for (const authorization of [undefined, 'Bearer wrong-token-0123456789', token, `Basic ${token}`]) {
      const refused = await app.inject({
        method: 'GET',
        url: '/metrics',
        headers: { 'accept-language': 'en', ...(authorization && { authorization }) },
      });
      expect(refused.statusCode, String(authorization)).toBe(401);
      expect(refused.json().error).toMatchObject({ code: 'METRICS_TOKEN_INVALID' });
      expect(refused.body).not.toContain('shekara_');
    }

    await app.inject({ method: 'GET', url: '/api/v1/reference/classifiers/countries' });
    await app.inject({ method: 'GET', url: '/api/v1/reference/classifiers/currencies' });
    await app.inject({ method: 'GET', url: '/api/v1/no-such-thing/4242' });
    const scraped = await app.inject({ method: 'GET', url: '/metrics', headers: { authorization: `Bearer ${token}` } });
    expect(scraped.statusCode).toBe(200);
    expect(scraped.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(scraped.headers['cache-control']).toBe('no-store');
    const text = scraped.body;
    const byRoute = text
      .split('\n')
      .filter((line) => line.startsWith('shekara_http_request_duration_seconds_count{'))
      .join('\n');
    expect(byRoute).toMatch(/route="\/api\/v1\/reference\/classifiers\/:name",method="GET",status_class="2xx"\} 2/);
    expect(byRoute).toContain('route="unmatched",method="GET",status_class="4xx"} 1');
    expect(byRoute).toContain('route="/metrics",method="GET",status_class="4xx"} 4');
    expect(text).not.toMatch(/countries|currencies|no-such-thing/);
    await app.close();
  });
});

describe('what is read at each scrape (issue 20 point 4)', () => {
  it('is the outbox’s backlog by topic, its oldest message’s age, the database’s connections and the worker threads', async () => {
    const clock = manualClock(new Date('2026-03-02T09:00:00Z'));
    await db.query('delete from outbox');
    const metrics = createMetrics();
    metrics.watch({
      clock,
      outboxTopics: ['mail.send', 'portal.support'],
      outboxBacklog: () => outboxBacklog(db),
      databasePools: () => ({ primary: poolUseOf(db)() }),
      workers: () => ({ threads: 2, busy: 1, queued: 3 }),
    });
    const at = (secondsAgo: number) => new Date(clock.now().getTime() - secondsAgo * 1000);
    await enqueueOutbox(db, at(90), 'mail.send', {});
    await enqueueOutbox(db, at(30), 'mail.send', {});
    await enqueueOutbox(db, at(10), 'declarations.registered', {});
    const given = await enqueueOutbox(db, at(500), 'declarations.registered', {});
    await db.query('update outbox set failed_at = $2 where id = $1', [given, clock.now()]);

    let text = (await metrics.exposition()).text;
    expect(sampleOf(text, 'shekara_outbox_pending_messages', 'topic="mail.send"')).toBe(2);
    expect(sampleOf(text, 'shekara_outbox_oldest_pending_age_seconds', 'topic="mail.send"')).toBe(90);
    expect(sampleOf(text, 'shekara_outbox_pending_messages', 'topic="declarations.registered"')).toBe(1);
    expect(sampleOf(text, 'shekara_outbox_oldest_pending_age_seconds', 'topic="declarations.registered"')).toBe(10);
    // A topic its workers handle is there before anything of it waits.
    expect(sampleOf(text, 'shekara_outbox_pending_messages', 'topic="portal.support"')).toBe(0);
    expect(text).toContain('\nshekara_worker_queue_length 3\n');
    expect(sampleOf(text, 'shekara_worker_threads', 'state="busy"')).toBe(1);
    expect(sampleOf(text, 'shekara_worker_threads', 'state="idle"')).toBe(1);
    const total = sampleOf(text, 'shekara_database_connections', 'pool="primary",state="total"');
    const max = sampleOf(text, 'shekara_database_connections', 'pool="primary",state="max"');
    expect(total).toBeGreaterThanOrEqual(1);
    expect(max).toBeGreaterThanOrEqual(total!);
    // The embedded database is one connection: no idle or waiting ones to tell of.
    if (testDatabaseKind === 'pglite') {
      expect([total, max]).toEqual([1, 1]);
      expect(text).not.toContain('state="waiting"');
    } else expect(text).toContain('pool="primary",state="waiting"');

    // Everything handled: the topics stay, at nothing waiting.
    await db.query('update outbox set sent_at = $1 where sent_at is null', [clock.now()]);
    text = (await metrics.exposition()).text;
    expect(sampleOf(text, 'shekara_outbox_pending_messages', 'topic="mail.send"')).toBe(0);
    expect(sampleOf(text, 'shekara_outbox_oldest_pending_age_seconds', 'topic="mail.send"')).toBe(0);
  });

  it('includes the process’s own: event-loop delay, memory, CPU', async () => {
    const text = (await createMetrics({ processMetrics: true }).exposition()).text;
    for (const name of [
      'nodejs_eventloop_lag_p99_seconds',
      'process_resident_memory_bytes',
      'process_cpu_seconds_total',
    ])
      expect(text).toContain(`\n${name} `);
  });
});

describe('METRICS_PORT (issue 20 point 4)', () => {
  it('serves /metrics alone on a listener of its own, bound to loopback, behind the token when one is set', async () => {
    const metrics = createMetrics();
    metrics.submission('registered');
    const open = await startMetricsListener(
      metrics,
      { token: undefined, port: await freePort(), host: '127.0.0.1' },
      capturingLogger().logger,
    );
    const guarded = await startMetricsListener(
      metrics,
      { token, port: await freePort(), host: '127.0.0.1' },
      capturingLogger().logger,
    );
    try {
      expect(open!.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/metrics$/);
      const scraped = await fetch(open!.url);
      expect(scraped.status).toBe(200);
      expect(await scraped.text()).toContain('shekara_submissions_total{result="registered",code=""} 1');
      expect((await fetch(open!.url.replace('/metrics', '/health'))).status).toBe(404);
      expect((await fetch(guarded!.url)).status).toBe(401);
      const withToken = await fetch(guarded!.url, { headers: { authorization: `Bearer ${token}` } });
      expect(withToken.status).toBe(200);
    } finally {
      await open!.close();
      await guarded!.close();
    }
  });
});
