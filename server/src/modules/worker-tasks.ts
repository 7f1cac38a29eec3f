import { renderPdfTask } from '../platform/pdf/print-task.ts';
import type { WorkerTask } from '../platform/workers/worker-task.ts';
import { writeEsadTask } from './declarations/interchange/export-task.ts';
import { readUploadTask } from './declarations/interchange/import-task.ts';
import { printDeclarationTask } from './declarations/print/print-task.ts';
import { signatureWorkerTasks } from './signature/worker-tasks.ts';

/**
 * Every task the modules (and the platform's printing) run on worker threads (server/src/worker.ts serves them). Imported from
 * the files that define them rather than the modules' index.ts, so that a worker thread loads the
 * tasks' code alone, not every module's routes.
 */
export const workerTasks: readonly WorkerTask<never, unknown>[] = [
  ...signatureWorkerTasks,
  readUploadTask,
  renderPdfTask,
  printDeclarationTask,
  writeEsadTask,
];
