import fs from 'node:fs';
import path from 'node:path';
import { type Command, InvalidArgumentError } from 'commander';
import type { CommandOutput } from '../../../platform/command-io.ts';
import type { CommandServices } from '../../../platform/module.ts';

/** `shekara pki make-test --out DIR`: a test PKI shaped like NCA RK's, for demos, tests and trying the verifier. */
const exit = { ok: 0, usage: 2 } as const;

export interface MakeTestOptions {
  out?: string;
  now?: Date;
}

export function registerPkiCommands(program: Command, { io }: CommandServices): void {
  program
    .command('pki')
    .description('test key infrastructure shaped like NCA RK’s')
    .command('make-test')
    .description(
      'make root and issuing CAs, holder certificates, .p12 key containers and CRLs for RSA, GOST 2004 and GOST 2015',
    )
    .option('--out <dir>', 'folder to write into (created if missing)')
    .option('--now <time>', 'count validity from this ISO-8601 moment instead of now', timeArgument)
    .action(async (options: MakeTestOptions) => {
      io.exitCode = await makeTestCommand(options, io);
    });
}

export async function makeTestCommand(options: MakeTestOptions, output: CommandOutput): Promise<number> {
  if (!options.out) {
    output.err('shekara pki make-test: --out DIR is required\n');
    return exit.usage;
  }
  const out = path.resolve(options.out);
  const problem = unusableFolder(out);
  if (problem) {
    output.err(`shekara pki make-test: ${problem}\n`);
    return exit.usage;
  }
  // Loaded on use: the key generation code is not needed by the command line's other commands.
  const [{ makeTestPki }, { keyAlgorithms }] = await Promise.all([
    import('@shekara/nca/test-pki'),
    import('@shekara/nca'),
  ]);
  const manifest = await makeTestPki(out, options.now ? { now: options.now } : {});
  const perFamily = keyAlgorithms
    .map((family) => `${family} ${manifest.holders.filter((h) => h.algorithm === family).length}`)
    .join(', ');
  output.out(
    [
      `test PKI written to ${out}`,
      `  CA certificates (trust store): ${path.join(out, manifest.trustStore)} (${manifest.authorities.length})`,
      `  CRLs: ${path.join(out, 'crl')} (${manifest.authorities.length})`,
      `  holders: ${manifest.holders.length} (${perFamily}), each a .pem certificate and a .p12 container`,
      `  statuses: ${['good', 'expired', 'revoked'].map((s) => `${manifest.holders.filter((h) => h.status === s).length} ${s}`).join(', ')}`,
      `  password of every .p12: ${manifest.password}`,
      `  manifest: ${path.join(out, 'manifest.json')}`,
      '',
    ].join('\n'),
  );
  return exit.ok;
}

/** Refuses a file, or a non-empty folder that is not an earlier test PKI: never overwrite someone's data. */
function unusableFolder(out: string): string | null {
  if (!fs.existsSync(out)) return null;
  if (!fs.statSync(out).isDirectory()) return `${out} is not a folder`;
  const entries = fs.readdirSync(out);
  if (entries.length > 0 && !entries.includes('manifest.json'))
    return `${out} is not empty and holds no earlier test PKI`;
  return null;
}

function timeArgument(value: string): Date {
  const date = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(date.getTime()))
    throw new InvalidArgumentError('an ISO-8601 time, such as 2026-06-01T00:00:00Z');
  return date;
}
