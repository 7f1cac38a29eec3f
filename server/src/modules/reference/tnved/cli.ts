import { type Command, Option } from 'commander';
import { systemClock } from '../../../platform/clock.ts';
import { withCommandDatabase } from '../../../platform/command-database.ts';
import { type CommandIo, refuse } from '../../../platform/command-io.ts';
import { formatSummary, progressBar } from '../importing/import-report.ts';
import { importNomenclature } from './import-nomenclature.ts';
import { readFtsTxtDirectory } from './read-fts-txt.ts';
import { readJsonFile } from './read-json.ts';

/**
 * `shekara reference import tnved --format fts-txt DIR | --format json FILE` (issue 5 point 3).
 * A source that cannot be read at all exits 2; rejected lines are listed and do not stop the rest.
 * A data directory held by the running server fails in the CLI's own handler with its message.
 */
export function registerTnvedImportCommand(importCommand: Command, io: CommandIo): void {
  importCommand
    .command('tnved')
    .description('import the TN VED nomenclature: the distribution files TNVED1…4.TXT (cp866) or the nested JSON form')
    .addOption(new Option('--format <format>', 'the source form').choices(['fts-txt', 'json']).makeOptionMandatory())
    .argument('<path>', 'the directory holding TNVED1.TXT… (fts-txt) or the JSON file')
    .action(async (sourcePath: string, options: { format: 'fts-txt' | 'json' }) => {
      let source: ReturnType<typeof readJsonFile> | ReturnType<typeof readFtsTxtDirectory>;
      try {
        source = options.format === 'json' ? readJsonFile(sourcePath) : readFtsTxtDirectory(sourcePath);
      } catch (error) {
        return refuse(io, (error as Error).message);
      }
      await withCommandDatabase(io, async (db) => {
        const what = `TN VED from ${options.format === 'json' ? sourcePath : `${sourcePath} (${source.files.join(', ')})`}`;
        const progress = progressBar('TN VED', io.terminal);
        io.out(`${formatSummary(await importNomenclature(db, systemClock, { what, ...source }, progress))}\n`);
      });
    });
}
