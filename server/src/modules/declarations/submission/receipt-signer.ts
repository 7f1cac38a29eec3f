import fs from 'node:fs';
import path from 'node:path';
import {
  createCmsAsync,
  decodePrivateKeyInfo,
  encodePrivateKeyInfo,
  generateKeyPair,
  issueCertificate,
  type PrivateKey,
  parseCertificate,
  readPkcs12,
  signRawAsync,
} from '@shekara/nca';
import { type TestPki, testAuthority, validBin, validIin } from '@shekara/nca/test-pki';
import type { Config } from '../../../platform/config.ts';
import { SubmissionErrors } from './errors.ts';

/** Signs delivery receipts (WD-13) with the system's own key: an attached CMS made as Kalkan makes it. */
export interface ReceiptSigner {
  sign(content: Uint8Array, at: Date): Promise<Uint8Array>;
  /**
   * The key and certificates as bytes, for a thread of this process that signs with the same key
   * (the registrar's thread); absent from a signer that cannot hand its key on.
   */
  keyMaterial?(): Promise<ReceiptKeyMaterial>;
}

/** A receipt key as it crosses to another thread: the private key as PKCS#8, the certificates as DER. */
export interface ReceiptKeyMaterial {
  privateKeyInfo: Uint8Array;
  certificate: Uint8Array;
  chain: Uint8Array[];
}

interface ReceiptKey {
  key: PrivateKey;
  certificate: Uint8Array;
  chain: Uint8Array[];
}

/** The organisation the development receipt certificate names (check digits valid, as NCA's profile wants). */
export const developmentReceiptSubject = {
  commonName: 'SHEKARA DELIVERY RECEIPTS',
  surname: 'SHEKARA',
  iin: validIin('1991-12-16', 3, 9),
  organization: 'SHEKARA',
  bin: validBin('2026-01', 9),
};

// One development key per test PKI: a process issues it once; receipts carry the certificate, so
// receipts signed by an earlier process still verify against the same test CA.
const developmentKeys = new WeakMap<TestPki, Promise<ReceiptKey>>();

/**
 * The configured PKCS#12 (RECEIPT_SIGNING_P12), or, outside production when it is unset, an RSA
 * signing certificate issued for the system under the test PKI's issuing CA. Production without
 * the setting does not start (platform/config.ts); an application built without either key (a
 * test of production behaviour) answers DECL_RECEIPT_KEY_MISSING at the first receipt.
 */
export interface ReceiptSignerOptions {
  config: Config['declarations'];
  environment: Config['environment'];
  testPki: TestPki | null;
  /**
   * Where the development key is kept between starts (a file in DATA_DIR); without it a process
   * issues its own. Issuing cost every start a key generation and the test CA's PKCS#12 opened.
   */
  developmentKeyFile?: string;
}

export function createReceiptSigner(options: ReceiptSignerOptions): ReceiptSigner {
  const loading = receiptKey(options);
  // A failure surfaces at the first receipt, not as an unhandled rejection at start-up.
  loading.catch(() => {});
  return {
    sign: async (content, at) => signReceipt(await loading, content, at),
    async keyMaterial() {
      const { key, certificate, chain } = await loading;
      return { privateKeyInfo: encodePrivateKeyInfo(key), certificate, chain };
    },
  };
}

/** The signer of a thread given the key another thread loaded (`keyMaterial`). */
export function receiptSignerFrom(material: ReceiptKeyMaterial): ReceiptSigner {
  const key: ReceiptKey = {
    key: decodePrivateKeyInfo(material.privateKeyInfo),
    certificate: material.certificate,
    chain: material.chain,
  };
  return { sign: async (content, at) => signReceipt(key, content, at) };
}

function signReceipt({ key, certificate, chain }: ReceiptKey, content: Uint8Array, at: Date): Promise<Uint8Array> {
  return createCmsAsync({
    content,
    detached: false,
    certificate,
    chain,
    algorithm: key.algorithm,
    sign: (bytes) => signRawAsync(key, bytes),
    signingTime: at,
  });
}

async function receiptKey(options: ReceiptSignerOptions): Promise<ReceiptKey> {
  const { config, testPki, developmentKeyFile } = options;
  if (config.receiptP12) {
    const contents = readPkcs12(fs.readFileSync(config.receiptP12), config.receiptP12Password ?? '');
    return {
      key: contents.privateKey,
      certificate: contents.certificate,
      chain: contents.certificates.filter((c) => !Buffer.from(c).equals(contents.certificate)),
    };
  }
  if (!testPki) throw SubmissionErrors.DECL_RECEIPT_KEY_MISSING();
  let issued = developmentKeys.get(testPki);
  if (!issued) {
    issued = developmentKeyFile ? keptDevelopmentKey(testPki, developmentKeyFile) : issueDevelopmentKey(testPki);
    developmentKeys.set(testPki, issued);
  }
  return issued;
}

/** The development key as kept in a file: the key (PKCS#8), its certificate and the CA certificate it was issued under. */
interface KeptKey {
  key: string;
  certificate: string;
  issuer: string;
}

// Issued again this long before its certificate ends, so no receipt is signed by one about to expire.
const renewBeforeMs = 30 * 86_400_000;

/**
 * The development key kept in `file` when the test PKI that issued it is still the one in use and
 * its certificate is good for a while yet; otherwise one issued now and kept there (a test key of a
 * development system, like the test PKI's own, never a production one).
 */
async function keptDevelopmentKey(testPki: TestPki, file: string): Promise<ReceiptKey> {
  const issuer = testAuthority(testPki, 'RSA', 'issuing').certificate;
  try {
    const kept = JSON.parse(fs.readFileSync(file, 'utf8')) as KeptKey;
    const certificate = new Uint8Array(Buffer.from(kept.certificate, 'base64'));
    if (
      Buffer.from(kept.issuer, 'base64').equals(issuer) &&
      parseCertificate(certificate).notAfter.getTime() - Date.now() > renewBeforeMs
    )
      return {
        key: decodePrivateKeyInfo(new Uint8Array(Buffer.from(kept.key, 'base64'))),
        certificate,
        chain: [issuer],
      };
  } catch {
    // none kept yet, or not readable: issued anew below
  }
  const issued = await issueDevelopmentKey(testPki);
  const kept: KeptKey = {
    key: Buffer.from(encodePrivateKeyInfo(issued.key)).toString('base64'),
    certificate: Buffer.from(issued.certificate).toString('base64'),
    issuer: Buffer.from(issuer).toString('base64'),
  };
  // Written beside and renamed: a crash mid-way leaves the old file or none, never half of one.
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const making = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(making, JSON.stringify(kept), { mode: 0o600 });
  fs.renameSync(making, file);
  return issued;
}

async function issueDevelopmentKey(testPki: TestPki): Promise<ReceiptKey> {
  const issuing = testAuthority(testPki, 'RSA', 'issuing');
  const key = await generateKeyPair('RSA');
  const now = Date.now();
  const certificate = issueCertificate({
    subject: developmentReceiptSubject,
    subjectKey: key,
    issuerKey: issuing.key,
    issuerCertificate: issuing.certificate,
    notBefore: new Date(now - 86_400_000),
    notAfter: new Date(now + 365 * 86_400_000),
    keyPurpose: 'sign',
    roles: ['legal_entity', 'signer'],
  });
  return { key, certificate, chain: [issuing.certificate] };
}
