import type { Command } from 'commander';
import type { CommandServices } from '../../platform/module.ts';
import { registerRegistersImportCommand } from '../registers/index.ts';
import { registerExchangeRatesImport } from './exchange-rates/cli.ts';
import { registerTariffImportCommand } from './tariffs/cli.ts';
import { registerTnvedImportCommand } from './tnved/cli.ts';

/**
 * `shekara reference import …` (issue 5 point 3). Each importer adds its own subcommand to the
 * `import` group from its folder; they share `importing/` (progress bar, summary) and run on the
 * same DATA_DIR / DATABASE_URL as the server, each import in one transaction.
 */
export function registerReferenceCommands(program: Command, { io }: CommandServices): void {
  const reference = program
    .command('reference')
    .description('reference data: TN VED, tariffs, classifiers, exchange rates, registers');
  const importing = reference
    .command('import')
    .description('import reference data from the formats the authorities publish');
  registerTnvedImportCommand(importing, io);
  registerExchangeRatesImport(importing, io);
  registerTariffImportCommand(importing, io);
  registerRegistersImportCommand(importing, io);
}
