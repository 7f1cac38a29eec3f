import type { Logger } from 'pino';
import type { Clock } from '../../../platform/clock.ts';
import type { Database } from '../../../platform/db/database.ts';
import { failRun, finishRun, type JobRun, nodeName, takeRun } from '../../../platform/jobs/job-runs.ts';
import { almatyDate } from '../working-days.ts';
import { fetchNbkRates, ratesUrl } from './fetch-nbk-rates.ts';
import { type ExchangeRatesImport, importExchangeRates } from './import-exchange-rates.ts';

export interface ExchangeRatesJobOptions {
  db: Database;
  clock: Clock;
  logger: Logger;
  /** the rates URL with `{date}` (config.reference.exchangeRatesUrl) */
  urlTemplate: string;
  /** Almaty time of day, HH:MM (config.reference.exchangeRatesDailyAt) */
  dailyAt: string;
  /** waits before each retry of a failed day; after the last, the job waits for the next day */
  retryDelaysMs?: readonly number[];
  fetchTimeoutMs?: number;
}

export interface ExchangeRatesJob {
  /** when the next fetch is due */
  nextRunAt(): Date | null;
  /** cancels what is scheduled and waits for a fetch in progress */
  stop(): Promise<void>;
}

const defaultRetryDelaysMs = [5 * 60_000, 20 * 60_000, 60 * 60_000];

/** Almaty has been on UTC+5 since 1 March 2024; the job schedules forward from now, so that is the offset. */
const almatyOffsetMs = 5 * 3_600_000;

/** The next instant, strictly after `now`, at which Almaty's clocks show `dailyAt` (HH:MM). */
export function nextDailyRun(now: Date, dailyAt: string): Date {
  const [hours, minutes] = dailyAt.split(':').map(Number) as [number, number];
  const [year, month, day] = almatyDate(now).split('-').map(Number) as [number, number, number];
  const today = Date.UTC(year, month - 1, day, hours, minutes) - almatyOffsetMs;
  return new Date(today > now.getTime() ? today : today + 86_400_000);
}

/** How long a node's fetch and import of the day may take before another node may try the day again. */
const leaseMs = 10 * 60_000;

/**
 * Fetches the day's exchange rates from the National Bank at a set Almaty time (issue 5 point 3),
 * off unless configured. A failed fetch or import is logged and tried again after each of
 * `retryDelaysMs`; when they run out, the next day's run brings the rates.
 *
 * Every node runs this timetable, and one fetches (issue 20 point 1): the day's run is claimed in
 * `job_runs` under its due time. A node that finds the day taken looks again at its next retry
 * time, in case the other failed or died; one that finds it done waits for tomorrow. A failed try
 * gives the day back, so whichever node comes to it next tries again.
 */
export function startExchangeRatesJob(options: ExchangeRatesJobOptions): ExchangeRatesJob {
  const { clock, logger } = options;
  const retryDelaysMs = options.retryDelaysMs ?? defaultRetryDelaysMs;
  const node = nodeName();
  let timer: NodeJS.Timeout | undefined;
  let due: Date | null = null;
  let day: JobRun | undefined;
  let running: Promise<void> | undefined;
  let stopped = false;

  const schedule = (at: Date, attempt: number) => {
    if (stopped) return;
    due = at;
    timer = setTimeout(
      () => {
        running = run(attempt).finally(() => {
          running = undefined;
        });
      },
      Math.max(0, at.getTime() - clock.now().getTime()),
    );
    timer.unref();
  };

  const tomorrow = () => {
    const next = nextDailyRun(clock.now(), options.dailyAt);
    day = { job: 'reference.exchange-rates', dueAt: next };
    schedule(next, 0);
  };

  /** The day's next try, or tomorrow once the tries are spent; a failure of this node's is logged. */
  const later = (attempt: number, failure?: { error: unknown; date: string; url: string }) => {
    const retryIn = retryDelaysMs[attempt];
    if (retryIn === undefined) {
      if (failure)
        logger.error(
          { err: failure.error, date: failure.date, url: failure.url },
          'exchange rates not imported today; the next run is tomorrow',
        );
      tomorrow();
    } else {
      if (failure)
        logger.warn(
          { err: failure.error, date: failure.date, url: failure.url, retryInMs: retryIn },
          'exchange rates not imported; trying again',
        );
      schedule(new Date(clock.now().getTime() + retryIn), attempt + 1);
    }
  };

  const run = async (attempt: number) => {
    const date = almatyDate(clock.now());
    const url = ratesUrl(options.urlTemplate, date);
    const claimed = day!;
    let claim: Awaited<ReturnType<typeof takeRun>>;
    try {
      claim = await takeRun(options.db, claimed, node, { now: clock.now(), leaseMs });
    } catch (error) {
      later(attempt, { error, date, url });
      return;
    }
    if (claim === 'done') return tomorrow();
    if (claim === 'held') return later(attempt);
    try {
      const xml = await fetchNbkRates(url, options.fetchTimeoutMs);
      const summary: ExchangeRatesImport = await importExchangeRates(options.db, clock, xml, {
        source: url,
        via: 'schedule',
      });
      logger.info(
        {
          date: summary.date,
          added: summary.added,
          changed: summary.changed,
          unchanged: summary.unchanged,
          rejected: summary.rejected,
        },
        'exchange rates imported',
      );
      await finishRun(options.db, claimed, node, clock.now()).catch((error: unknown) =>
        logger.warn(
          { err: error },
          'exchange rates imported, but the day not marked done; another node may fetch them again',
        ),
      );
      tomorrow();
    } catch (error) {
      await failRun(options.db, claimed, node, clock.now(), error).catch(() => {});
      later(attempt, { error, date, url });
    }
  };

  tomorrow();
  return {
    nextRunAt: () => due,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      due = null;
      await running;
    },
  };
}
