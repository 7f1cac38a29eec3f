import fs from 'node:fs';
import path from 'node:path';
import type { TariffMeasure } from '@shekara/contracts/reference/tariffs';
import { type Command, Option } from 'commander';
import { systemClock } from '../../../platform/clock.ts';
import { loadConfig } from '../../../platform/config.ts';
import { migrate } from '../../../platform/db/migrations.ts';
import { openDatabase } from '../../../platform/db/open-database.ts';
import { formatSummary, progressBar } from '../importing/import-report.ts';
import { importTariff } from './import-tariff.ts';
import { readTariffCsv } from './read-tariff-csv.ts';
import { readTariffJson } from './read-tariff-json.ts';
import { isDate, type TariffFile, TariffFileError } from './tariff-row.ts';

/** The largest tariff file read: the whole Common Customs Tariff as JSON is under 3 MB. */
const maxFileBytes = 64 * 1024 * 1024;

const kinds: Record<string, TariffMeasure> = {
  'import-duty': 'import_duty',
  excise: 'excise',
  'anti-dumping': 'anti_dumping',
  countervailing: 'countervailing',
  special: 'special',
};

interface TariffOptions {
  format: 'json' | 'csv';
  kind?: string;
  validFrom?: string;
}

/** `shekara reference import tariff --format json|csv FILE [--kind …] [--valid-from DATE]` (issue 5 point 3). */
export function registerTariffImportCommand(importCommand: Command): void {
  importCommand
    .command('tariff')
    .description(
      'import duty rates: the EAEU JSON compilations (eec_ett_v1, eec_excise_v1, eec_trade_remedies_v1) or the CSV of docs/REFERENCE-IMPORT.md',
    )
    .argument('<file>', 'the file to import')
    .addOption(new Option('--format <format>', 'json or csv').choices(['json', 'csv']).makeOptionMandatory())
    .addOption(
      new Option('--kind <kind>', 'the duty the file holds (csv: import-duty when not given)').choices(
        Object.keys(kinds),
      ),
    )
    .option('--valid-from <date>', "first day of the file's rates (YYYY-MM-DD), instead of the file's effective_from")
    .action((file: string, options: TariffOptions) => importFile(file, options));
}

async function importFile(file: string, options: TariffOptions): Promise<void> {
  let tariff: TariffFile;
  try {
    tariff = readFile(file, options);
  } catch (error) {
    if (!(error instanceof TariffFileError)) throw error;
    process.stderr.write(`shekara: ${file}: ${error.message}\n`);
    process.exitCode = 2;
    return;
  }
  const db = await openDatabase(loadConfig());
  try {
    await migrate(db);
    const summary = await importTariff(db, systemClock, tariff, {
      fileName: path.basename(file),
      progress: progressBar('tariff'),
    });
    console.log(formatSummary(summary));
  } finally {
    await db.close();
  }
}

function readFile(file: string, options: TariffOptions): TariffFile {
  if (options.validFrom !== undefined && !isDate(options.validFrom))
    throw new TariffFileError(`--valid-from ${options.validFrom} is not a YYYY-MM-DD date`);
  const measure = options.kind === undefined ? undefined : kinds[options.kind];
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch (error) {
    throw new TariffFileError(
      `cannot read the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    );
  }
  if (size > maxFileBytes) throw new TariffFileError(`the file is ${size} bytes; at most ${maxFileBytes} are read`);
  const text = fs.readFileSync(file, 'utf8');
  if (options.format === 'csv')
    return readTariffCsv(text, {
      measure: measure ?? 'import_duty',
      validFrom: options.validFrom,
      source: path.basename(file),
    });
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new TariffFileError(`not JSON: ${(error as Error).message}`);
  }
  return readTariffJson(document, { measure, validFrom: options.validFrom });
}
