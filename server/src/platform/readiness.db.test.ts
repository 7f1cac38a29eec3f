import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../testing/app.ts';
import { openEmptyTestDatabase, openTestDatabase } from '../testing/database.ts';
import { capturingLogger } from '../testing/logger.ts';
import type { Database } from './db/database.ts';
import { readMigrations } from './db/migrations.ts';
import { createReadiness, isReady } from './readiness.ts';

/** Issue 20 point 4: /health/live and /health/ready, which a supervisor and a load balancer ask. */
let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(() => db.close());

const allOk = { database: 'ok', migrations: 'ok', reference: 'ok', shutdown: 'ok' };

/** A task that waits for its test, failing the first `failures` times it is run. */
function controlledTask(failures = 0) {
  let runs = 0;
  let finish: () => void = () => {};
  return {
    runs: () => runs,
    finish: () => finish(),
    task: {
      notBuilt: 'test cache not built',
      run: () => {
        runs++;
        if (runs <= failures) return Promise.reject(new Error('not yet'));
        return new Promise<void>((resolve) => {
          finish = resolve;
        });
      },
    },
  };
}

describe('GET /health/live and /health/ready (issue 20 point 4)', () => {
  it('answer live and ready with each check, never to be stored', async () => {
    const app = await buildTestApp(db);
    const live = await app.inject({ method: 'GET', url: '/health/live' });
    expect([live.statusCode, live.json()]).toEqual([200, { status: 'live' }]);
    const ready = await app.inject({ method: 'GET', url: '/health/ready' });
    expect([ready.statusCode, ready.json()]).toEqual([200, { status: 'ready', checks: allOk }]);
    expect(ready.headers['cache-control']).toBe('no-store');
    await app.close();
  });

  it('stay live but not ready once the database no longer answers: 503 NOT_READY naming it, in three languages', async () => {
    const lost = await openTestDatabase();
    const app = await buildTestApp(lost);
    await lost.close();
    expect((await app.inject({ method: 'GET', url: '/health/live' })).statusCode).toBe(200);
    const messages: string[] = [];
    for (const language of ['kk', 'ru', 'en']) {
      const response = await app.inject({
        method: 'GET',
        url: '/health/ready',
        headers: { 'accept-language': language },
      });
      expect(response.statusCode).toBe(503);
      const { error } = response.json();
      expect(error).toMatchObject({ code: 'NOT_READY', details: { database: 'unavailable', shutdown: 'ok' } });
      messages.push(error.message);
    }
    expect(new Set(messages).size).toBe(3);
    await app.close();
  });

  it('report not ready from the moment shutdown begins', async () => {
    const readiness = createReadiness({ db });
    const app = await buildTestApp(db, { readiness });
    readiness.stopping();
    const response = await app.inject({ method: 'GET', url: '/health/ready' });
    expect(response.statusCode).toBe(503);
    expect(response.json().error.details).toEqual({ ...allOk, shutdown: 'stopping' });
    await app.close();
  });
});

describe('readiness (issue 20 point 4)', () => {
  it('waits for every migration this version knows, and stays ready beside a newer version’s additions', async () => {
    const known = readMigrations();
    const ahead = createReadiness({ db, migrations: () => [...known, { version: 9999, checksum: 'not applied' }] });
    expect((await ahead.check()).migrations).toBe('pending');
    const behind = createReadiness({ db, migrations: () => known.slice(0, -1) });
    expect(await behind.check()).toEqual(allOk);
    // A database that answers but was never migrated has no ledger at all.
    const empty = await openEmptyTestDatabase();
    try {
      expect(await createReadiness({ db: empty }).check()).toMatchObject({ database: 'ok', migrations: 'pending' });
    } finally {
      await empty.close();
    }
  });

  it('waits, on a server, for the warm-up that builds the in-memory reference, and tries a failed one again', async () => {
    const readiness = createReadiness({ db, awaitsWarmUp: true });
    expect((await readiness.check()).reference).toBe('loading');
    const search = controlledTask();
    const rates = controlledTask(1);
    const log = capturingLogger();
    readiness.warmUp([search.task, rates.task], log.logger);
    expect((await readiness.check()).reference).toBe('loading');
    search.finish();
    // The rates' first build failed and was logged; this check starts it again.
    expect((await readiness.check()).reference).toBe('loading');
    expect(log.lines().map((line) => line.msg)).toEqual(['test cache not built']);
    expect(rates.runs()).toBe(2);
    rates.finish();
    await new Promise((resolve) => setImmediate(resolve));
    expect(isReady(await readiness.check())).toBe(true);
  });
});
