import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Clock } from '../../../platform/clock.ts';
import type { Database } from '../../../platform/db/database.ts';
import { openTestDatabase } from '../../../testing/database.ts';
import { anotherConnection, severalNodesSkip } from '../../../testing/nodes.ts';
import { nextDailyRun, startExchangeRatesJob } from './daily-job.ts';
import { nbkRatesXml } from './nbk-rates.fixture.ts';
import { type LocalNationalBank, localNationalBank } from './nbk-server.fixture.ts';

/**
 * The daily job against a real HTTP server on 127.0.0.1 standing in for the National Bank (never
 * the internet). The clock runs at real speed, set to just before the configured Almaty time.
 */
let db: Database;
let bank: LocalNationalBank;
let urlTemplate: string;
const asked: string[] = [];
let failuresToServe = 0;

beforeAll(async () => {
  db = await openTestDatabase();
  bank = await localNationalBank((fdate, response) => {
    asked.push(fdate);
    if (failuresToServe > 0) {
      failuresToServe--;
      response.writeHead(503).end('busy');
      return;
    }
    response
      .writeHead(200, { 'content-type': 'application/xml; charset=utf-8' })
      .end(nbkRatesXml(fdate, { USD: ['470.5', 1, '+1.2'], CNY: ['66.02', 1, '-0.1'] }));
  });
  urlTemplate = bank.ratesUrl;
});
afterAll(async () => {
  await bank.close();
  await db.close();
});

/** A clock running at real speed from `start`. */
function runningClock(start: string): Clock {
  const offset = new Date(start).getTime() - Date.now();
  return { now: () => new Date(Date.now() + offset) };
}

async function waitFor<T>(check: () => Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function capturedLogger() {
  const lines: { level: number; msg: string }[] = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line)) });
  return { logger, lines };
}

describe('the daily exchange-rates job (issue 5 point 3)', () => {
  it('runs at the next occurrence of the Almaty time, today or tomorrow', () => {
    // 10:00 in Almaty is 05:00 UTC
    expect(nextDailyRun(new Date('2026-11-21T04:59:00Z'), '10:00').toISOString()).toBe('2026-11-21T05:00:00.000Z');
    expect(nextDailyRun(new Date('2026-11-21T05:00:00Z'), '10:00').toISOString()).toBe('2026-11-22T05:00:00.000Z');
    // 02:30 on 22 November in Almaty is still 21 November in UTC
    expect(nextDailyRun(new Date('2026-11-21T20:00:00Z'), '02:30').toISOString()).toBe('2026-11-21T21:30:00.000Z');
  });

  it("fetches the day's rates at the set time, trying again after a failure, then waits for the next day", async () => {
    asked.length = 0;
    failuresToServe = 1;
    const { logger, lines } = capturedLogger();
    const clock = runningClock('2026-11-21T04:59:59.700Z');
    const job = startExchangeRatesJob({ db, clock, logger, urlTemplate, dailyAt: '10:00', retryDelaysMs: [100, 100] });
    try {
      expect(job.nextRunAt()?.toISOString()).toBe('2026-11-21T05:00:00.000Z');
      const rates = await waitFor(async () => {
        const { rows } = await db.query<{ currency: string; rate: string; source: string }>(
          "select currency, rate::text as rate, source from exchange_rates where rate_date = '2026-11-21' order by currency",
        );
        return rows.length === 2 ? rows : undefined;
      });
      expect(rates).toEqual([
        { currency: 'CNY', rate: '66.0200', source: urlTemplate.replace('{date}', '21.11.2026') },
        { currency: 'USD', rate: '470.5000', source: urlTemplate.replace('{date}', '21.11.2026') },
      ]);
      expect(asked).toEqual(['21.11.2026', '21.11.2026']);
      await waitFor(async () => (job.nextRunAt()?.toISOString() === '2026-11-22T05:00:00.000Z' ? true : undefined));
      expect(lines.map((line) => line.msg)).toEqual([
        'exchange rates not imported; trying again',
        'exchange rates imported',
      ]);
    } finally {
      await job.stop();
    }
    expect(job.nextRunAt()).toBeNull();
  });

  it('gives up for the day after its retries, logging the failure, and tries again the next day', async () => {
    asked.length = 0;
    failuresToServe = 100;
    const { logger, lines } = capturedLogger();
    const job = startExchangeRatesJob({
      db,
      clock: runningClock('2026-11-24T04:59:59.800Z'),
      logger,
      urlTemplate,
      dailyAt: '10:00',
      retryDelaysMs: [50, 50],
    });
    try {
      await waitFor(async () => (lines.some((line) => line.level === 50) ? true : undefined));
      expect(asked).toEqual(['24.11.2026', '24.11.2026', '24.11.2026']);
      expect(lines.at(-1)?.msg).toBe('exchange rates not imported today; the next run is tomorrow');
      expect(job.nextRunAt()?.toISOString()).toBe('2026-11-25T05:00:00.000Z');
      expect((await db.query("select 1 from exchange_rates where rate_date = '2026-11-24'")).rows).toEqual([]);
    } finally {
      await job.stop();
      failuresToServe = 0;
    }
  });

  it.skipIf(severalNodesSkip)(
    `fetches the day once when two nodes run the timetable, a failed try taken up by either (issue 20 point 1)${severalNodesSkip ? ` (skipped: ${severalNodesSkip})` : ''}`,
    async () => {
      asked.length = 0;
      failuresToServe = 1;
      const other = await anotherConnection(db);
      const clock = runningClock('2026-11-27T04:59:59.800Z');
      const jobs = [db, other].map((nodeDb) =>
        startExchangeRatesJob({
          db: nodeDb,
          clock,
          logger: pino({ level: 'silent' }),
          urlTemplate,
          dailyAt: '10:00',
          retryDelaysMs: [100, 100],
        }),
      );
      try {
        await waitFor(async () =>
          jobs.every((job) => job.nextRunAt()?.toISOString() === '2026-11-28T05:00:00.000Z') ? true : undefined,
        );
        // each node alone would have asked twice (a failure, then the rates): four in all
        expect(asked).toEqual(['27.11.2026', '27.11.2026']);
        const { rows } = await db.query(`select 1 from exchange_rates where rate_date = '2026-11-27'`);
        expect(rows).toHaveLength(2);
        const runs = await db.query<{ attempts: number; done: boolean }>(
          `select attempts, finished_at is not null as done from job_runs where job = 'reference.exchange-rates' and due_at = '2026-11-27T05:00:00Z'`,
        );
        expect(runs.rows).toEqual([{ attempts: 2, done: true }]);
      } finally {
        await Promise.all(jobs.map((job) => job.stop()));
        await other.close();
        failuresToServe = 0;
      }
    },
  );
});
