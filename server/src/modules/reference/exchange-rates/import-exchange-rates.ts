import { recordAudit } from '../../../platform/audit/audit-log.ts';
import type { Clock } from '../../../platform/clock.ts';
import type { Database } from '../../../platform/db/database.ts';
import type { ImportSummary } from '../importing/import-report.ts';
import { parseNbkRates, RatesFileRefused } from './nbk-rates-xml.ts';
import { upsertExchangeRates } from './repository.ts';

export interface ExchangeRatesImport extends ImportSummary {
  /** the day the imported rates are for */
  date: string;
}

export interface ImportOptions {
  /** where the XML came from: a URL or a file name, kept with each rate */
  source: string;
  /** who asked: the operator at the command line, or the daily job */
  via: 'cli' | 'schedule';
  /** the day the file must be for; another day is refused */
  expectedDate?: string;
}

/**
 * Imports one day of the National Bank's rates (issue 5 point 3): every readable rate in one
 * transaction with its audit record, unreadable ones reported. Importing the same file again
 * changes nothing.
 */
export async function importExchangeRates(
  db: Database,
  clock: Clock,
  xml: string,
  options: ImportOptions,
): Promise<ExchangeRatesImport> {
  const published = parseNbkRates(xml);
  if (options.expectedDate && published.date !== options.expectedDate) {
    throw new RatesFileRefused(`the file holds the rates for ${published.date}, not for ${options.expectedDate}`);
  }
  const counts = await db.transaction(async (tx) => {
    const written = await upsertExchangeRates(tx, published.date, options.source, published.rates);
    await recordAudit(tx, clock.now(), {
      action: 'reference.exchange_rates.import',
      outcome: 'success',
      subjectType: 'exchange_rates',
      subjectId: published.date,
      details: { source: options.source, via: options.via, ...written, rejected: published.rejected.length },
    });
    return written;
  });
  return {
    what: `exchange rates for ${published.date}`,
    date: published.date,
    ...counts,
    rejected: published.rejected,
  };
}
