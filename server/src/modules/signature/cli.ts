import type { PurposeDemand, RevocationPolicy } from '@shekara/nca';
import { type Command, InvalidArgumentError } from 'commander';
import type { CommandServices } from '../../platform/module.ts';

// The commands' work lives in cli-commands.ts and is loaded only when one of them runs, so that
// `shekara db status` does not pay for the signature code.
const commands = () => import('./cli-commands.ts');

/** `shekara signature verify …` and `shekara sign …`: the signature module from the command line. */
export function registerSignatureCommands(program: Command, { io }: CommandServices): void {
  program
    .command('signature')
    .description('NCA RK digital signatures')
    .command('verify')
    .description('verify a CMS or an XML signature: signature, chain, validity, revocation, key purpose')
    .option('--cms <file>', 'CMS SignedData: DER, base64 or PEM')
    .option('--data <file>', 'the signed content of a detached CMS')
    .option('--xml <file>', 'an XML document with enveloped XMLDSig/XAdES signatures')
    .requiredOption('--trust <dir>', 'directory of trusted CA certificates (PEM/DER)')
    .option('--crl <dir>', 'directory of CRLs')
    .option('--ocsp <url>', 'OCSP responder to ask')
    .option('--revocation <policy>', 'ocsp-then-crl, crl, ocsp or none (default: by the sources given)', policyArgument)
    .option('--fetch', 'also fetch CRLs and OCSP from the addresses in the certificates')
    .option('--at <time>', 'judge the certificates at this ISO-8601 moment', timeArgument)
    .option('--purpose <purpose>', 'demand an auth (log-in) or sign (documents) key', purposeArgument, 'any')
    .option('--json', 'print the result as JSON')
    .action(async (options: VerifyCommandOptions) => {
      io.exitCode = await (await commands()).verifyCommand(options, io);
    });

  program
    .command('sign')
    .description('sign a file with a PKCS#12 key as NCALayer does: CMS (attached or detached) or enveloped XMLDSig')
    .requiredOption('--p12 <file>', 'PKCS#12 key container')
    .requiredOption('--password <password>', 'its password')
    .requiredOption('--in <file>', 'the file to sign')
    .requiredOption(
      '--out <file>',
      'where to write the signature (CMS: DER; with --base64, base64 as NCALayer returns it)',
    )
    .option('--detached', 'CMS without the content inside')
    .option('--xml', 'sign an XML document with an enveloped XMLDSig instead of CMS')
    .option('--base64', 'write the CMS as base64 text')
    .action(async (options: SignCommandOptions) => {
      io.exitCode = await (await commands()).signCommand(options, io);
    });
}

export interface VerifyCommandOptions {
  cms?: string;
  data?: string;
  xml?: string;
  trust: string;
  crl?: string;
  ocsp?: string;
  revocation?: RevocationPolicy;
  fetch?: boolean;
  at?: Date;
  purpose: PurposeDemand;
  json?: boolean;
}

export interface SignCommandOptions {
  p12: string;
  password: string;
  in: string;
  out: string;
  detached?: boolean;
  xml?: boolean;
  base64?: boolean;
}

function policyArgument(value: string): RevocationPolicy {
  const policies = ['ocsp-then-crl', 'crl', 'ocsp', 'none'] as const;
  if (!(policies as readonly string[]).includes(value)) throw new InvalidArgumentError(`one of ${policies.join(', ')}`);
  return value as RevocationPolicy;
}

function timeArgument(value: string): Date {
  const date = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(date.getTime()))
    throw new InvalidArgumentError('an ISO-8601 time, such as 2022-06-01T00:00:00Z');
  return date;
}

function purposeArgument(value: string): PurposeDemand {
  if (value !== 'auth' && value !== 'sign' && value !== 'any') throw new InvalidArgumentError('auth, sign or any');
  return value;
}
