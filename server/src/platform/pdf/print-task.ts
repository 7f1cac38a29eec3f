import { AppError } from '../errors.ts';
import { defineWorkerTask, type TaskRunner, type WorkerTask } from '../workers/worker-task.ts';
import type { PdfDocument } from './document.ts';
import { PrintErrors } from './errors.ts';
import { PdfPageLimit, renderPdf } from './render.ts';

/** A rendering as it crosses back from a worker thread: the file, or the page bound it outgrew. */
export type RenderedPdf = { ok: true; pdf: Uint8Array } | { ok: false; maxPages: number };

/** renderPdf with its page bound answered as a refusal (a worker task's refusals are output, not throws). */
export async function renderBounded(document: PdfDocument): Promise<RenderedPdf> {
  try {
    return { ok: true, pdf: await renderPdf(document) };
  } catch (error) {
    if (error instanceof PdfPageLimit) return { ok: false, maxPages: error.maxPages };
    throw error;
  }
}

/**
 * Any printable document rendered on a worker thread: laying out a form of hundreds of pages is a
 * second or two of synchronous work that no other request must wait for. The document is plain
 * data, as the task's input must be.
 */
export const renderPdfTask = defineWorkerTask('pdf.render', renderBounded);

/**
 * Runs a task that renders a PDF on the server's worker threads and gives the file, or the
 * refusal a person can read: PRINT_TOO_LONG over the page bound, PRINT_TIMED_OUT when the pool
 * ended the task for its time (WORKER_TASK_TIMEOUT_MS).
 */
export async function printOn<Input>(
  workers: TaskRunner,
  task: WorkerTask<Input, RenderedPdf>,
  input: Input,
): Promise<Buffer> {
  let rendered: RenderedPdf;
  try {
    rendered = await workers.run(task, input);
  } catch (error) {
    if (error instanceof AppError && error.code === 'DOCUMENT_TOO_COMPLEX')
      throw PrintErrors.PRINT_TIMED_OUT(error.params, { cause: error });
    throw error;
  }
  if (!rendered.ok) throw PrintErrors.PRINT_TOO_LONG({ maxPages: rendered.maxPages });
  const { pdf } = rendered;
  // Across threads the Buffer arrives as a plain Uint8Array: the same bytes, seen as a Buffer again.
  return Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength);
}

/** A document printed on the worker threads (letters, journals, statements: anything already laid out). */
export const printPdf = (workers: TaskRunner, document: PdfDocument): Promise<Buffer> =>
  printOn(workers, renderPdfTask, document);
