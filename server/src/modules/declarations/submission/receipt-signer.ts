import fs from 'node:fs';
import {
  createCmsAsync,
  generateKeyPair,
  issueCertificate,
  type PrivateKey,
  readPkcs12,
  signRawAsync,
} from '@shekara/nca';
import { type TestPki, testAuthority, validBin, validIin } from '@shekara/nca/test-pki';
import type { Config } from '../../../platform/config.ts';
import { SubmissionErrors } from './errors.ts';

/** Signs delivery receipts (WD-13) with the system's own key: an attached CMS made as Kalkan makes it. */
export interface ReceiptSigner {
  sign(content: Uint8Array, at: Date): Promise<Uint8Array>;
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
export function createReceiptSigner(options: {
  config: Config['declarations'];
  environment: Config['environment'];
  testPki: TestPki | null;
}): ReceiptSigner {
  const loading = receiptKey(options);
  // A failure surfaces at the first receipt, not as an unhandled rejection at start-up.
  loading.catch(() => {});
  return {
    async sign(content, at) {
      const { key, certificate, chain } = await loading;
      return createCmsAsync({
        content,
        detached: false,
        certificate,
        chain,
        algorithm: key.algorithm,
        sign: (bytes) => signRawAsync(key, bytes),
        signingTime: at,
      });
    },
  };
}

async function receiptKey(options: {
  config: Config['declarations'];
  environment: Config['environment'];
  testPki: TestPki | null;
}): Promise<ReceiptKey> {
  const { config, testPki } = options;
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
    issued = issueDevelopmentKey(testPki);
    developmentKeys.set(testPki, issued);
  }
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
