import fs from 'node:fs';
import {
  createCms,
  createSignatureVerifier,
  loadCrlDirectory,
  loadTrustStore,
  ncaProfile,
  Pkcs12Error,
  parseCertificate,
  readPkcs12,
  signRaw,
  signXml,
  type VerificationResult,
} from '@shekara/nca';
import { systemClock } from '../../platform/clock.ts';
import type { CommandOutput } from '../../platform/command-io.ts';
import type { SignCommandOptions, VerifyCommandOptions } from './cli.ts';

/** Exit codes: the shell can branch on them. */
const exit = { valid: 0, invalid: 1, usage: 2 } as const;

class UsageError extends Error {
  override name = 'UsageError';
}

export async function verifyCommand(options: VerifyCommandOptions, output: CommandOutput): Promise<number> {
  try {
    if ((options.cms === undefined) === (options.xml === undefined))
      throw new UsageError('give exactly one of --cms and --xml');
    if (options.data !== undefined && options.cms === undefined) throw new UsageError('--data goes with --cms');
    const trust = loadTrustStore(options.trust);
    const crls = options.crl ? loadCrlDirectory(options.crl) : loadCrlDirectory(null);
    const revocation =
      options.revocation ?? (options.ocsp ? 'ocsp-then-crl' : options.crl || options.fetch ? 'crl' : 'none');
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
      ? await verifier.verifyCms(readSignatureFile(options.cms), {
          ...common,
          ...(options.data ? { data: readFile(options.data) } : {}),
        })
      : await verifier.verifyXml(readFile(options.xml!).toString('utf8'), common);
    output.out(options.json ? `${JSON.stringify(result, null, 2)}\n` : describe(result));
    return result.valid ? exit.valid : exit.invalid;
  } catch (error) {
    output.err(`shekara: ${error instanceof Error ? error.message : String(error)}\n`);
    return exit.usage;
  }
}

export async function signCommand(options: SignCommandOptions, output: CommandOutput): Promise<number> {
  try {
    sign(options, output);
    return exit.valid;
  } catch (error) {
    if (!(error instanceof UsageError || error instanceof Pkcs12Error)) throw error;
    output.err(`shekara: ${error.message}\n`);
    return exit.usage;
  }
}

function sign(options: SignCommandOptions, output: CommandOutput): void {
  const container = readPkcs12(readFile(options.p12), options.password);
  const certificate = parseCertificate(container.certificate);
  const profile = ncaProfile(certificate, { acceptTestIdentifiers: true });
  if (!profile.ok) throw new UsageError(`the key's certificate is not an NCA-profile certificate: ${profile.problem}`);
  const algorithm = profile.signer.algorithm;
  if (algorithm === 'GOST2015-256') throw new UsageError('GOST 2015 256-bit keys are not supported for signing');
  const sign = (bytes: Uint8Array) => signRaw(container.privateKey, bytes);
  const input = readFile(options.in);
  if (options.xml) {
    fs.writeFileSync(
      options.out,
      signXml(input.toString('utf8'), { certificate: container.certificate, algorithm, sign }),
    );
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
  output.out(
    `signed ${options.in} with ${profile.signer.commonName} (${algorithm}, ${profile.signer.keyPurpose} key) → ${options.out}\n`,
  );
}

function describe(result: VerificationResult): string {
  const lines = [result.valid ? 'valid' : `NOT valid: ${result.code} (${result.detail ?? ''})`];
  if (result.signer) {
    const s = result.signer;
    lines.push(
      `signer: ${s.commonName}, IIN ${s.iin}${s.bin ? `, BIN ${s.bin}` : ''}, ${s.algorithm}, ${s.keyPurpose} key, roles ${s.roles.join(', ') || '—'}`,
    );
  }
  for (const [index, link] of result.chain.entries())
    lines.push(`${index === 0 ? 'chain: ' : '       '}${link.subject} (serial ${link.serialNumber})`);
  lines.push(
    `revocation: ${result.revocation.status}${result.revocation.source ? ` (${result.revocation.source})` : ''}`,
  );
  if (result.timestamp)
    lines.push(
      `time-stamp: ${result.timestamp.time} by ${result.timestamp.authority}${result.timestamp.trusted ? '' : ' (authority not in the trust store)'}`,
    );
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
  const text = bytes
    .toString('latin1')
    .replace(/-----[^-]+-----/g, '')
    .replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]+=*$/.test(text)) throw new UsageError(`${file} is neither DER, base64 nor PEM`);
  return new Uint8Array(Buffer.from(text, 'base64'));
}
