import { defineWorkerTask } from '../../../platform/workers/worker-task.ts';
import { type ReceivedReading, readReceivedXml } from './read-received.ts';
import { receivedFiles } from './received-files.ts';

export interface ReadUploadInput {
  name: string;
  bytes: Uint8Array;
  /** the album's schemas (CUSTOMS_XSD_DIR); unset: files are read without the schema check */
  schemaDir: string | undefined;
}

export type UploadedFileReading = { name: string; bytes: Uint8Array; reading: ReceivedReading };

/**
 * Reading an upload on a worker thread (WD-7): unzipping, parsing and the schema check of a
 * several-megabyte file take seconds, which the server's other requests must not wait for.
 */
export const readUploadTask = defineWorkerTask(
  'declarations.read-upload',
  async ({ name, bytes, schemaDir }: ReadUploadInput): Promise<UploadedFileReading[]> => {
    const readings: UploadedFileReading[] = [];
    for (const file of receivedFiles(name, bytes)) {
      if ('problem' in file) {
        readings.push({
          name: file.name,
          bytes: new Uint8Array(0),
          reading: { ok: false, code: 'XML_REFUSED', errors: [{ message: file.problem }] },
        });
        continue;
      }
      const text = decode(file.bytes);
      readings.push({
        name: file.name,
        bytes: file.bytes,
        reading:
          text === undefined
            ? { ok: false, code: 'XML_REFUSED', errors: [{ message: 'the file is not UTF-8 text' }] }
            : await readReceivedXml(text, schemaDir),
      });
    }
    return readings;
  },
);

/** UTF-8 only (the album's files are): a BOM is dropped, bad bytes refuse the file. */
function decode(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return undefined;
  }
}
