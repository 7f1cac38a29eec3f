import type { DeclarationKind } from '@shekara/contracts/declarations/documents';
import { renderBounded } from '../../../platform/pdf/index.ts';
import { defineWorkerTask } from '../../../platform/workers/worker-task.ts';
import { declarationForm } from './declaration-form.ts';
import type { PrintFacts } from './print-facts.ts';

export interface DeclarationPrintInput {
  kind: DeclarationKind;
  document: unknown;
  facts: PrintFacts;
}

/**
 * A declaration's printed form made on a worker thread (ACC-19), from its document rather than
 * from the laid-out form: a 999-item goods declaration's sheets are some 2 MB of boxes that take
 * longer to pass between threads than the document they come from, and laying them out is work
 * of its own (about 50 ms) that the request's thread is spared too.
 */
export const printDeclarationTask = defineWorkerTask(
  'declarations.print-form',
  ({ kind, document, facts }: DeclarationPrintInput) => renderBounded(declarationForm(kind, document, facts)),
);
