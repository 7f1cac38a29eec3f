import type { Logger } from 'pino';
import type { Clock } from '../../../platform/clock.ts';
import type { Database } from '../../../platform/db/database.ts';
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

/**
 * Fetches the day's exchange rates from the National Bank at a set Almaty time (issue 5 point 3),
 * off unless configured. A failed fetch or import is logged and tried again after each of
 * `retryDelaysMs`; when they run out, the next day's run brings the rates.
 */
export function startExchangeRatesJob(options: ExchangeRatesJobOptions): ExchangeRatesJob {
  const { clock, logger } = options;
  const retryDelaysMs = options.retryDelaysMs ?? defaultRetryDelaysMs;
  let timer: NodeJS.Timeout | undefined;
  let due: Date | null = null;
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

  const run = async (attempt: number) => {
    const date = almatyDate(clock.now());
    const url = ratesUrl(options.urlTemplate, date);
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
      schedule(nextDailyRun(clock.now(), options.dailyAt), 0);
    } catch (error) {
      const retryIn = retryDelaysMs[attempt];
      if (retryIn === undefined) {
        logger.error({ err: error, date, url }, 'exchange rates not imported today; the next run is tomorrow');
        schedule(nextDailyRun(clock.now(), options.dailyAt), 0);
      } else {
        logger.warn({ err: error, date, url, retryInMs: retryIn }, 'exchange rates not imported; trying again');
        schedule(new Date(clock.now().getTime() + retryIn), attempt + 1);
      }
    }
  };

  schedule(nextDailyRun(clock.now(), options.dailyAt), 0);
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
