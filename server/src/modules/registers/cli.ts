import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { systemClock } from '../../platform/clock.ts';
import { withCommandDatabase } from '../../platform/command-database.ts';
import { type CommandIo, exitCodes, refuse } from '../../platform/command-io.ts';
import { formatSummary } from '../reference/index.ts';
import { importRegisterEntries } from './import-registers.ts';
import { type RegisterFile, RegisterFileError, readRegisterCsv } from './read-register-csv.ts';

/** The largest register file read: every register of the country is a few thousand lines. */
const maxFileBytes = 16 * 1024 * 1024;

/** `shekara reference import registers FILE`: the registers of persons in customs business, from the CSV of docs/REFERENCE-IMPORT.md. */
export function registerRegistersImportCommand(importCommand: Command, io: CommandIo): void {
  importCommand
    .command('registers')
    .description(
      'import entries of the registers of customs representatives, carriers, warehouse and shop owners and AEOs (CSV of docs/REFERENCE-IMPORT.md); a file with any bad line writes nothing',
    )
    .argument('<file>', 'the file to import')
    .action((file: string) => importFile(io, file));
}

async function importFile(io: CommandIo, file: string): Promise<void> {
  let read: RegisterFile;
  try {
    read = readRegisterCsv(readText(file));
  } catch (error) {
    if (!(error instanceof RegisterFileError)) throw error;
    return refuse(io, `${file}: ${error.message}`);
  }
  await withCommandDatabase(io, async (db) => {
    const summary = await importRegisterEntries(db, systemClock, read, { fileName: path.basename(file) });
    io.out(`${formatSummary(summary)}\n`);
    if (!summary.written)
      refuse(
        io,
        `${file}: nothing imported; correct the lines named above and import the file again`,
        exitCodes.failed,
      );
  });
}

function readText(file: string): string {
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch (error) {
    throw new RegisterFileError(
      `cannot read the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    );
  }
  if (size > maxFileBytes) throw new RegisterFileError(`the file is ${size} bytes; at most ${maxFileBytes} are read`);
  return fs.readFileSync(file, 'utf8');
}
