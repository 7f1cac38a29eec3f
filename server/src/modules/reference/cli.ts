import type { Command } from 'commander';
import { registerExchangeRatesImport } from './exchange-rates/cli.ts';
import { registerTariffImportCommand } from './tariffs/cli.ts';
import { registerTnvedImportCommand } from './tnved/cli.ts';

/**
 * `shekara reference import …` (issue 5 point 3). Each importer adds its own subcommand to the
 * `import` group from its folder; they share `importing/` (progress bar, summary) and run on the
 * same DATA_DIR / DATABASE_URL as the server, each import in one transaction.
 */
export function registerReferenceCommands(program: Command): void {
  const reference = program
    .command('reference')
    .description('reference data: TN VED, tariffs, classifiers, exchange rates');
  reference.command('import').description('import reference data from the formats the authorities publish');
  registerTnvedImportCommand(reference.commands.find((command) => command.name() === 'import')!);
  registerExchangeRatesImport(reference.commands.find((command) => command.name() === 'import')!);
  registerTariffImportCommand(reference.commands.find((command) => command.name() === 'import')!);
}
