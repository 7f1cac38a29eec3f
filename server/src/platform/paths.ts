import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The repository root, found from this file so the server runs from any working directory. */
export const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));

export const webRoot = fileURLToPath(new URL('../../../web/', import.meta.url));
export const webDist = fileURLToPath(new URL('../../../web/dist/', import.meta.url));

export const packageVersion: string = (
  JSON.parse(fs.readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;
