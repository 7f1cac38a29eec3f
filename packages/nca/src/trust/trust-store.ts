import fs from 'node:fs';
import path from 'node:path';
import { type Certificate, parseCertificate } from '../x509/certificate.ts';
import { fingerprint } from './fingerprint.ts';
import { commonName, nameKey } from './names.ts';

/**
 * The CA certificates signatures are trusted through. Every certificate in the store ends a chain
 * (NCA publishes issuing CAs whose roots are not always at hand: the 2015 test CA's root is not
 * in the test material). `anchors` are the top of the store — self-issued certificates and those
 * whose issuer is not in the store; `intermediates` are the ones the store itself can chain up.
 */
export interface TrustStore {
  anchors: Certificate[];
  intermediates: Certificate[];
  /**
   * A test store accepts NCA test identifiers (IIN/BIN without a valid check digit). It is one when
   * every anchor's subject CN contains the word "TEST": NCA names its test CAs so ("ҰКО 3.0 (RSA
   * TEST)", "… (GOST) TEST 2022") and Shekara's own generated CAs follow suit, while no production
   * NCA CA does. An empty store is not a test store.
   */
  isTest: boolean;
}

export class TrustStoreError extends Error {
  override name = 'TrustStoreError';
}

// Files a CA certificate comes in; anything else in the directory (a README, a CRL) is not ours.
const certificateExtensions = new Set(['.pem', '.crt', '.cer', '.der']);

/** Reads every CA certificate (DER, or PEM holding one or more) from a directory. */
export function loadTrustStore(dir: string): TrustStore {
  let names: string[];
  try {
    names = fs.readdirSync(dir).sort();
  } catch (error) {
    throw new TrustStoreError(`cannot read the trust store directory ${dir}: ${reason(error)}`);
  }
  const ders: Uint8Array[] = [];
  const labels: string[] = [];
  for (const name of names) {
    const file = path.join(dir, name);
    if (!certificateExtensions.has(path.extname(name).toLowerCase()) || !fs.statSync(file).isFile()) continue;
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(file);
    } catch (error) {
      throw new TrustStoreError(`cannot read trust store file ${file}: ${reason(error)}`);
    }
    const blocks = certificateBlocks(bytes, file);
    for (const [index, der] of blocks.entries()) {
      ders.push(der);
      labels.push(
        blocks.length > 1 ? `trust store file ${file} (certificate ${index + 1})` : `trust store file ${file}`,
      );
    }
  }
  if (ders.length === 0) throw new TrustStoreError(`no CA certificates in the trust store directory ${dir}`);
  return trustStoreFromCertificates(ders, labels);
}

/** A store from DER certificates, for tests and for callers that hold certificates already. */
export function trustStoreFromCertificates(ders: Uint8Array[], labels: string[] = []): TrustStore {
  const label = (index: number) => labels[index] ?? `certificate #${index + 1}`;
  const certificates: Certificate[] = [];
  const seen = new Set<string>();
  for (const [index, der] of ders.entries()) {
    let certificate: Certificate;
    try {
      certificate = parseCertificate(der);
    } catch (error) {
      throw new TrustStoreError(`${label(index)} is not a readable X.509 certificate: ${reason(error)}`);
    }
    // A certificate that says it is not a CA must never vouch for others.
    if (certificate.isCa === false)
      throw new TrustStoreError(
        `${label(index)} (${commonName(certificate.subject) ?? 'no CN'}) is not a CA certificate`,
      );
    if (seen.has(fingerprint(certificate))) continue;
    seen.add(fingerprint(certificate));
    certificates.push(certificate);
  }
  const subjects = new Set(certificates.map((c) => nameKey(c.subject)));
  const isAnchor = (c: Certificate) => nameKey(c.issuer) === nameKey(c.subject) || !subjects.has(nameKey(c.issuer));
  const anchors = certificates.filter(isAnchor);
  return {
    anchors,
    intermediates: certificates.filter((c) => !isAnchor(c)),
    isTest:
      anchors.length > 0 &&
      anchors.every((c) => /(^|[^\p{L}\p{N}])TEST([^\p{L}\p{N}]|$)/u.test(commonName(c.subject) ?? '')),
  };
}

/** PEM: every CERTIFICATE block; otherwise the file is one DER certificate. */
function certificateBlocks(bytes: Buffer, file: string): Uint8Array[] {
  const text = bytes.toString('latin1');
  if (!text.includes('-----BEGIN')) return [new Uint8Array(bytes)];
  const blocks = [...text.matchAll(/-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/g)];
  if (blocks.length === 0) throw new TrustStoreError(`trust store file ${file} is PEM without a CERTIFICATE block`);
  return blocks.map((match) => new Uint8Array(Buffer.from(match[1]!.replace(/\s+/g, ''), 'base64')));
}

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));
