import { defineWorkerTask } from '../../../platform/workers/worker-task.ts';
import { EsadRefused, esadTransitFields } from './esad-transit-xml.ts';

export type EsadReading = { ok: true; fields: unknown } | { ok: false; problem: string };

/**
 * Reading a transit declaration's XML on a worker thread (WD-7): a file of several megabytes
 * takes seconds to parse. The fields come back as plain data, read by the model where the draft
 * is made.
 */
export const readEsadTransitTask = defineWorkerTask('declarations.read-esad-transit', (xml: string): EsadReading => {
  try {
    return { ok: true, fields: esadTransitFields(xml) };
  } catch (error) {
    if (error instanceof EsadRefused) return { ok: false, problem: error.message };
    throw error;
  }
});
