import type { WorkerOptions } from 'node:worker_threads';

/**
 * The file URL of the worker bundle, which server/bundle.mjs writes into the bundle (esbuild
 * `define`) beside the server's; undeclared when the sources run.
 */
declare const SHEKARA_WORKER_BUNDLE: string | undefined;

/**
 * Where a worker thread starts: the bundle's own entry (server/dist/worker.mjs, or registrar.mjs for
 * the registrar's thread) when the server runs from the bundle, else server/src/<entry>.ts through
 * tsx's loader, registered in the thread itself (a worker does not inherit a loader from a test
 * runner).
 */
export function workerEntry(entry: 'worker' | 'registrar' = 'worker'): { url: URL; options: WorkerOptions } {
  if (typeof SHEKARA_WORKER_BUNDLE === 'string')
    return { url: new URL(`./${entry}.mjs`, SHEKARA_WORKER_BUNDLE), options: {} };
  return {
    url: new URL('./load-sources.mjs', import.meta.url),
    options: { workerData: { entry: new URL(`../../${entry}.ts`, import.meta.url).href } },
  };
}
