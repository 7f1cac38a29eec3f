import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serverNodeFlags } from '../bin/server-flags.mjs';

/** `npm run bench`: runs every benchmark under bench/ (or those named on the command line) and prints their figures. */
const benchDir = path.dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const files = fs
  .readdirSync(benchDir)
  .filter((file) => file.endsWith('.ts') && file !== 'run.ts')
  .filter((file) => wanted.length === 0 || wanted.some((name) => file.startsWith(name)))
  .sort();

let failures = 0;
for (const file of files) {
  console.log(`\n=== ${file}`);
  // with the server's own V8 flags: a benchmark measures code as `npm start` runs it
  const result = spawnSync(process.execPath, [...serverNodeFlags, '--import', 'tsx', path.join(benchDir, file)], {
    stdio: 'inherit',
  });
  if (result.status !== 0) failures++;
}
process.exit(failures === 0 ? 0 : 1);
