import { unzipSync } from 'fflate';

/**
 * What an upload holds: one XML file, or a zip of them. The zip is bounded before anything is
 * inflated (zip bombs): the number of entries and the sizes their headers declare, which fflate
 * holds each entry to while inflating.
 */
export const receivedBounds = {
  /** XML files in one zip */
  maxEntries: 200,
  /** all files of one zip together, uncompressed */
  maxTotalBytes: 64 * 1024 * 1024,
  /** one XML file */
  maxFileBytes: 16 * 1024 * 1024,
} as const;

export type ReceivedFile = { name: string; bytes: Uint8Array } | { name: string; problem: string };

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

export function receivedFiles(name: string, bytes: Uint8Array): ReceivedFile[] {
  if (!isZip(bytes)) return [{ name, bytes }];
  let entries = 0;
  let total = 0;
  const refusedEntries: ReceivedFile[] = [];
  let unpacked: Record<string, Uint8Array>;
  try {
    unpacked = unzipSync(bytes, {
      filter: (entry) => {
        if (entry.name.endsWith('/')) return false;
        if (!entry.name.toLowerCase().endsWith('.xml')) {
          refusedEntries.push({ name: entry.name, problem: 'not an XML file' });
          return false;
        }
        entries++;
        total += entry.originalSize;
        if (entries > receivedBounds.maxEntries)
          throw new ZipRefused(`the zip holds more than ${receivedBounds.maxEntries} XML files`);
        if (entry.originalSize > receivedBounds.maxFileBytes) {
          refusedEntries.push({ name: entry.name, problem: `larger than ${receivedBounds.maxFileBytes} bytes` });
          return false;
        }
        if (total > receivedBounds.maxTotalBytes)
          throw new ZipRefused(`the zip unpacks to more than ${receivedBounds.maxTotalBytes} bytes`);
        return true;
      },
    });
  } catch (error) {
    return [{ name, problem: error instanceof ZipRefused ? error.message : 'not a readable zip' }];
  }
  return [
    ...Object.entries(unpacked)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([entryName, content]) =>
        // a header that understates the size cannot make fflate write past it, but say so if it did
        content.length > receivedBounds.maxFileBytes
          ? { name: entryName, problem: `larger than ${receivedBounds.maxFileBytes} bytes` }
          : { name: entryName, bytes: content },
      ),
    ...refusedEntries,
  ];
}

class ZipRefused extends Error {
  override readonly name = 'ZipRefused';
}
