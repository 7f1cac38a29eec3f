import { Writable } from 'node:stream';
import type { Logger } from 'pino';
import { createLogger } from '../platform/logger.ts';

/** The server's own logger whose lines are kept in memory, so tests can read what was logged. */
export function capturingLogger(): {
  logger: Logger;
  lines: () => Array<Record<string, unknown>>;
  /** The lines as written, for what parsing would hide (a key written twice). */
  text: () => string;
} {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  const logger = createLogger({ logLevel: 'info' }, stream);
  return {
    logger,
    text: () => chunks.join(''),
    lines: () =>
      chunks
        .join('')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}
