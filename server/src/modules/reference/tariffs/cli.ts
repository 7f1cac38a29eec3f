import fs from 'node:fs';
import path from 'node:path';
import type { TariffMeasure } from '@shekara/contracts/reference/tariffs';
import { type Command, Option } from 'commander';
import { systemClock } from '../../../platform/clock.ts';
import { withCommandDatabase } from '../../../platform/command-database.ts';
import { type CommandIo, refuse } from '../../../platform/command-io.ts';
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
export function registerTariffImportCommand(importCommand: Command, io: CommandIo): void {
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
    .action((file: string, options: TariffOptions) => importFile(io, file, options));
}

async function importFile(io: CommandIo, file: string, options: TariffOptions): Promise<void> {
  let tariff: TariffFile;
  try {
    tariff = readFile(file, options);
  } catch (error) {
    if (!(error instanceof TariffFileError)) throw error;
    return refuse(io, `${file}: ${error.message}`);
  }
  await withCommandDatabase(io, async (db) => {
    const summary = await importTariff(db, systemClock, tariff, {
      fileName: path.basename(file),
      progress: progressBar('tariff', io.terminal),
    });
    io.out(`${formatSummary(summary)}\n`);
  });
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
