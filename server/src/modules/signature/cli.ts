import fs from 'node:fs';
import { InvalidArgumentError, type Command } from 'commander';
import { systemClock } from '../../platform/clock.ts';
import type { RevocationPolicy } from '../../platform/config.ts';
import { createCms } from './cms/index.ts';
import { readPkcs12, signRaw } from './pki/index.ts';
import { loadCrlDirectory } from './revocation/crl-store.ts';
import { loadTrustStore } from './trust/trust-store.ts';
import type { PurposeDemand, VerificationResult } from './verification.ts';
import { createSignatureVerifier } from './verifier.ts';
import { parseCertificate } from './x509/certificate.ts';
import { ncaProfile } from './x509/nca-profile.ts';
import { signXml } from './xml/index.ts';

/** Exit codes of `shekara signature verify`: the shell can branch on them. */
const exit = { valid: 0, invalid: 1, usage: 2 } as const;

export class UsageError extends Error {
  override name = 'UsageError';
}

/** `shekara signature verify …` and `shekara sign …`: the signature module from the command line. */
export function registerSignatureCommands(program: Command): void {
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
      process.exitCode = await verifyCommand(options);
    });

  program
    .command('sign')
    .description('sign a file with a PKCS#12 key as NCALayer does: CMS (attached or detached) or enveloped XMLDSig')
    .requiredOption('--p12 <file>', 'PKCS#12 key container')
    .requiredOption('--password <password>', 'its password')
    .requiredOption('--in <file>', 'the file to sign')
    .requiredOption('--out <file>', 'where to write the signature (CMS: DER; with --base64, base64 as NCALayer returns it)')
    .option('--detached', 'CMS without the content inside')
    .option('--xml', 'sign an XML document with an enveloped XMLDSig instead of CMS')
    .option('--base64', 'write the CMS as base64 text')
    .action((options: SignCommandOptions) => {
      signCommand(options);
    });
}

interface VerifyCommandOptions {
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

async function verifyCommand(options: VerifyCommandOptions): Promise<number> {
  try {
    if ((options.cms === undefined) === (options.xml === undefined)) throw new UsageError('give exactly one of --cms and --xml');
    if (options.data !== undefined && options.cms === undefined) throw new UsageError('--data goes with --cms');
    const trust = loadTrustStore(options.trust);
    const crls = options.crl ? loadCrlDirectory(options.crl) : loadCrlDirectory(null);
    const revocation = options.revocation ?? (options.ocsp ? 'ocsp-then-crl' : options.crl || options.fetch ? 'crl' : 'none');
    const verifier = createSignatureVerifier({
      trust,
      crls,
      revocation,
      clock: systemClock,
      ...(options.ocsp ? { ocspUrl: options.ocsp } : {}),
      ...(options.fetch || options.ocsp ? { fetch: globalThis.fetch } : {}),
    });
    const common = { purpose: options.purpose, ...(options.at ? { at: options.at } : {}) };
    const result = options.cms
      ? await verifier.verifyCms(readSignatureFile(options.cms), { ...common, ...(options.data ? { data: readFile(options.data) } : {}) })
      : await verifier.verifyXml(readFile(options.xml!).toString('utf8'), common);
    process.stdout.write(options.json ? `${JSON.stringify(result, null, 2)}\n` : describe(result));
    return result.valid ? exit.valid : exit.invalid;
  } catch (error) {
    process.stderr.write(`shekara: ${error instanceof Error ? error.message : String(error)}\n`);
    return exit.usage;
  }
}

interface SignCommandOptions {
  p12: string;
  password: string;
  in: string;
  out: string;
  detached?: boolean;
  xml?: boolean;
  base64?: boolean;
}

function signCommand(options: SignCommandOptions): void {
  const container = readPkcs12(readFile(options.p12), options.password);
  const certificate = parseCertificate(container.certificate);
  const profile = ncaProfile(certificate, { acceptTestIdentifiers: true });
  if (!profile.ok) throw new UsageError(`the key's certificate is not an NCA-profile certificate: ${profile.problem}`);
  const algorithm = profile.signer.algorithm;
  if (algorithm === 'GOST2015-256') throw new UsageError('GOST 2015 256-bit keys are not supported for signing');
  const sign = (bytes: Uint8Array) => signRaw(container.privateKey, bytes);
  const input = readFile(options.in);
  if (options.xml) {
    fs.writeFileSync(options.out, signXml(input.toString('utf8'), { certificate: container.certificate, algorithm, sign }));
  } else {
    const cms = createCms({
      content: input,
      detached: options.detached ?? false,
      certificate: container.certificate,
      chain: container.certificates.filter((der) => !Buffer.from(der).equals(Buffer.from(container.certificate))),
      algorithm,
      sign,
      signingTime: systemClock.now(),
    });
    fs.writeFileSync(options.out, options.base64 ? `${Buffer.from(cms).toString('base64')}\n` : cms);
  }
  process.stdout.write(`signed ${options.in} with ${profile.signer.commonName} (${algorithm}, ${profile.signer.keyPurpose} key) → ${options.out}\n`);
}

function describe(result: VerificationResult): string {
  const lines = [result.valid ? 'valid' : `NOT valid: ${result.code} (${result.detail ?? ''})`];
  if (result.signer) {
    const s = result.signer;
    lines.push(`signer: ${s.commonName}, IIN ${s.iin}${s.bin ? `, BIN ${s.bin}` : ''}, ${s.algorithm}, ${s.keyPurpose} key, roles ${s.roles.join(', ') || '—'}`);
  }
  for (const [index, link] of result.chain.entries()) lines.push(`${index === 0 ? 'chain: ' : '       '}${link.subject} (serial ${link.serialNumber})`);
  lines.push(`revocation: ${result.revocation.status}${result.revocation.source ? ` (${result.revocation.source})` : ''}`);
  if (result.timestamp) lines.push(`time-stamp: ${result.timestamp.time} by ${result.timestamp.authority}${result.timestamp.trusted ? '' : ' (authority not in the trust store)'}`);
  lines.push(`checked at: ${result.checkedAt}`);
  return `${lines.join('\n')}\n`;
}

function readFile(file: string): Buffer {
  try {
    return fs.readFileSync(file);
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

/** NCALayer hands CMS out as base64; files on disk are often DER or PEM. Accept all three. */
export function readSignatureFile(file: string): Uint8Array {
  const bytes = readFile(file);
  if (bytes[0] === 0x30) return new Uint8Array(bytes);
  const text = bytes.toString('latin1').replace(/-----[^-]+-----/g, '').replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]+=*$/.test(text)) throw new UsageError(`${file} is neither DER, base64 nor PEM`);
  return new Uint8Array(Buffer.from(text, 'base64'));
}

function policyArgument(value: string): RevocationPolicy {
  const policies = ['ocsp-then-crl', 'crl', 'ocsp', 'none'] as const;
  if (!(policies as readonly string[]).includes(value)) throw new InvalidArgumentError(`one of ${policies.join(', ')}`);
  return value as RevocationPolicy;
}

function timeArgument(value: string): Date {
  const date = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(date.getTime())) throw new InvalidArgumentError('an ISO-8601 time, such as 2022-06-01T00:00:00Z');
  return date;
}

function purposeArgument(value: string): PurposeDemand {
  if (value !== 'auth' && value !== 'sign' && value !== 'any') throw new InvalidArgumentError('auth, sign or any');
  return value;
}
