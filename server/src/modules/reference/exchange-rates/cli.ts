import fs from 'node:fs';
import type { Command } from 'commander';
import { systemClock } from '../../../platform/clock.ts';
import { commandConfig, withCommandDatabase } from '../../../platform/command-database.ts';
import { type CommandIo, exitCodes, refuse } from '../../../platform/command-io.ts';
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
export function registerExchangeRatesImport(importCommand: Command, io: CommandIo): void {
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
    .action((options: ImportRatesOptions) => importRates(io, options));
}

async function importRates(io: CommandIo, options: ImportRatesOptions): Promise<void> {
  if (Boolean(options.file) === Boolean(options.fetch)) return refuse(io, 'give either --file FILE or --fetch');
  if (options.date !== undefined && !isDate(options.date))
    return refuse(io, `--date must be a date YYYY-MM-DD, got "${options.date}"`);
  const config = commandConfig(io);
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
    return refuse(
      io,
      error instanceof RatesFetchFailed || error instanceof RatesFileRefused
        ? error.message
        : `cannot read ${options.file}: ${(error as Error).message}`,
      exitCodes.failed,
    );
  }
  try {
    await withCommandDatabase(io, async (db) => {
      const progress = progressBar('exchange rates', io.terminal);
      progress.update(0, 1);
      const expectedDate = options.date;
      const summary = await importExchangeRates(db, systemClock, xml, { source, via: 'cli', expectedDate });
      progress.update(1, 1);
      progress.finish();
      io.out(`${formatSummary(summary)}\n`);
    });
  } catch (error) {
    if (!(error instanceof RatesFileRefused)) throw error;
    refuse(io, `${source}: ${error.message}`, exitCodes.failed);
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
