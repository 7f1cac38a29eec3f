#!/usr/bin/env node
// The `shekara` command, run from the bundle of its sources (server/bundle.mjs), made first when a
// source has changed.
import { bundled } from '../server/bundle.mjs';

process.setSourceMapsEnabled(true);
const { runShekara } = await import(await bundled('cli'));
process.exitCode = await runShekara(process.argv.slice(2), {
  env: process.env,
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  terminal: process.stderr.isTTY ? process.stderr : undefined,
});
