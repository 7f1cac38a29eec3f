import {
  declarationKinds,
  isDeclarationKind,
  type PreliminarySubkind,
  preliminarySubkinds,
} from '@shekara/contracts/declarations/documents';
import { type Command, InvalidArgumentError } from 'commander';
import { refuse } from '../../../platform/command-io.ts';
import type { CommandServices } from '../../../platform/module.ts';

/**
 * `shekara demo declaration` (issue 6 point 13): prints a document that passes control against
 * the bundled demo reference data, as the `document` of `POST /api/v1/declarations`. Needs no
 * database. Bad input exits 2 with the reason on stderr.
 */
export function registerDemoCommands(program: Command, { io }: CommandServices): void {
  program
    .command('demo')
    .description('demo documents for tests, benchmarks and trying the API')
    .command('declaration')
    .description('print a demo document of the kind asked for, as JSON')
    .requiredOption('--kind <kind>', `one of: ${declarationKinds.join(', ')}`, (value) => {
      if (!isDeclarationKind(value))
        throw new InvalidArgumentError(`unknown kind; one of: ${declarationKinds.join(', ')}`);
      return value;
    })
    .option('--items <n>', 'goods items or lines of goods, 1..999', wholeNumber, 1)
    .requiredOption('--declarant <iinBin>', 'IIN or BIN of the declarant or applicant')
    .requiredOption('--office <code>', 'customs body the document is filed at (e.g. 75101)')
    .option('--date <YYYY-MM-DD>', "the document's date (today in Almaty when absent)")
    .option('--seed <n>', 'another seed gives another document', wholeNumber, 1)
    .option('--subkind <subkind>', `for preliminary: ${preliminarySubkinds.join(', ')}`, (value) => {
      if (!(preliminarySubkinds as readonly string[]).includes(value))
        throw new InvalidArgumentError(`one of: ${preliminarySubkinds.join(', ')}`);
      return value as PreliminarySubkind;
    })
    .action(
      async (options: {
        kind: (typeof declarationKinds)[number];
        items: number;
        declarant: string;
        office: string;
        date?: string;
        seed: number;
        subkind?: PreliminarySubkind;
      }) => {
        // Loaded when the command runs, not when `shekara` defines its commands.
        const [{ systemClock }, { almatyDate }, { demoDocument }] = await Promise.all([
          import('../../../platform/clock.ts'),
          import('../../reference/index.ts'),
          import('./demo-document.ts'),
        ]);
        try {
          const document = demoDocument(options.kind, {
            ...options,
            date: options.date ?? almatyDate(systemClock.now()),
          });
          io.out(`${JSON.stringify(document, null, 2)}\n`);
        } catch (error) {
          if (!(error instanceof RangeError)) throw error;
          refuse(io, error.message);
        }
      },
    );
}

function wholeNumber(value: string): number {
  if (!/^-?\d+$/.test(value)) throw new InvalidArgumentError('not a whole number');
  return Number(value);
}
