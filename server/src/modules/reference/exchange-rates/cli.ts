import fs from 'node:fs';
import type { Command } from 'commander';
import { systemClock } from '../../../platform/clock.ts';
import { loadConfig } from '../../../platform/config.ts';
import { migrate } from '../../../platform/db/migrations.ts';
import { openDatabase } from '../../../platform/db/open-database.ts';
import { formatSummary, progressBar } from '../importing/import-report.ts';
import { almatyDate, dayNumber } from '../working-days.ts';
import { fetchNbkRates, RatesFetchFailed, ratesUrl } from './fetch-nbk-rates.ts';
import { importExchangeRates } from './import-exchange-rates.ts';
import { maxRatesXmlLength, RatesFileRefused } from './nbk-rates-xml.ts';

interface ImportRatesOptions {
  file?: string;
  fetch?: boolean;
  date?: string;
}

/** `shekara reference import exchange-rates (--file F | --fetch) [--date YYYY-MM-DD]` (issue 5 point 3). */
export function registerExchangeRatesImport(importCommand: Command): void {
  importCommand
    .command('exchange-rates')
    .description(
      "one day of the National Bank of Kazakhstan's exchange rates (its daily rates XML), from a file or fetched from EXCHANGE_RATES_URL",
    )
    .option('--file <file>', 'the rates XML as saved from the National Bank')
    .option('--fetch', 'fetch the rates from EXCHANGE_RATES_URL')
    .option(
      '--date <date>',
      'the day, YYYY-MM-DD: the day fetched (today in Almaty by default), or the day the file must be for',
    )
    .action((options: ImportRatesOptions) => importRates(options));
}

async function importRates(options: ImportRatesOptions): Promise<void> {
  if (Boolean(options.file) === Boolean(options.fetch)) return usage('give either --file FILE or --fetch');
  if (options.date !== undefined && !isDate(options.date))
    return usage(`--date must be a date YYYY-MM-DD, got "${options.date}"`);
  const config = loadConfig();
  let xml: string;
  let source: string;
  try {
    if (options.file) {
      if (fs.statSync(options.file).size > maxRatesXmlLength)
        throw new RatesFileRefused(`${options.file} is larger than a day's rates`);
      xml = fs.readFileSync(options.file, 'utf8');
      source = options.file;
    } else {
      source = ratesUrl(config.reference.exchangeRatesUrl, options.date ?? almatyDate(systemClock.now()));
      xml = await fetchNbkRates(source);
    }
  } catch (error) {
    return failure(
      error instanceof RatesFetchFailed || error instanceof RatesFileRefused
        ? error.message
        : `cannot read ${options.file}: ${(error as Error).message}`,
    );
  }
  const db = await openDatabase(config);
  try {
    await migrate(db);
    const progress = progressBar('exchange rates');
    progress.update(0, 1);
    const summary = await importExchangeRates(db, systemClock, xml, { source, via: 'cli', expectedDate: options.date });
    progress.update(1, 1);
    progress.finish();
    console.log(formatSummary(summary));
  } catch (error) {
    if (error instanceof RatesFileRefused) return failure(`${source}: ${error.message}`);
    throw error;
  } finally {
    await db.close();
  }
}

function isDate(text: string): boolean {
  try {
    dayNumber(text);
    return true;
  } catch {
    return false;
  }
}

function usage(message: string): void {
  process.stderr.write(`shekara: ${message}\n`);
  process.exitCode = 2;
}

function failure(message: string): void {
  process.stderr.write(`shekara: ${message}\n`);
  process.exitCode = 1;
}
