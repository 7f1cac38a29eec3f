#!/usr/bin/env node
// The `shekara` command. The sources are TypeScript, run through tsx's loader: no build step.
import { register } from 'tsx/esm/api';

register();
const { runShekara } = await import('../server/src/cli.ts');
process.exitCode = await runShekara(process.argv.slice(2), {
  env: process.env,
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  terminal: process.stderr.isTTY ? process.stderr : undefined,
});
