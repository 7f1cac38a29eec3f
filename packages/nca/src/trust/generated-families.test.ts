import { describe, expect, it } from 'vitest';
import { generateKeyPair, issueCertificate, issueCrl, type KeyAlgorithm, keyAlgorithms } from '../pki/index.ts';
import { checkRevocation } from '../revocation/check-revocation.ts';
import { CrlStore } from '../revocation/crl-store.ts';
import { parseCertificate } from '../x509/certificate.ts';
import { parseCrl } from '../x509/crl.ts';
import { buildChain } from './chain.ts';
import { trustStoreFromCertificates } from './trust-store.ts';

const day = 24 * 60 * 60 * 1000;
const now = Date.UTC(2026, 5, 1);
const from = new Date(now - 100 * day);
const to = new Date(now + 365 * day);

/** Root → issuing CA → two signers of one family, plus the issuing CA's CRL revoking one of them. */
async function family(algorithm: KeyAlgorithm) {
  const rootKey = await generateKeyPair(algorithm);
  const caKey = await generateKeyPair(algorithm);
  const holderKey = await generateKeyPair(algorithm);
  const root = issueCertificate({
    subject: { commonName: `${algorithm} ROOT TEST` },
    issuerKey: rootKey,
    notBefore: from,
    notAfter: to,
    ca: {},
  });
  const ca = issueCertificate({
    subject: { commonName: `${algorithm} CA TEST` },
    subjectKey: caKey,
    issuerKey: rootKey,
    issuerCertificate: root,
    notBefore: from,
    notAfter: to,
    ca: { pathLength: 0 },
  });
  const signer = (serialNumber: string) =>
    issueCertificate({
      subject: { commonName: 'Holder' },
      subjectKey: holderKey,
      issuerKey: caKey,
      issuerCertificate: ca,
      serialNumber,
      notBefore: from,
      notAfter: to,
      keyPurpose: 'sign',
    });
  const crl = issueCrl({
    issuerKey: caKey,
    issuerCertificate: ca,
    thisUpdate: new Date(now - day),
    nextUpdate: new Date(now + 6 * day),
    revoked: [{ serialNumber: '0B', revokedAt: new Date(now - 2 * day), reason: 'keyCompromise' }],
  });
  return {
    root,
    ca,
    good: parseCertificate(signer('0A')),
    revoked: parseCertificate(signer('0B')),
    crl: parseCrl(crl),
  };
}

describe('chains and CRLs of CAs Shekara generates, in all three families (ACC-6, ACC-9)', () => {
  it.each(keyAlgorithms)('%s: root → CA → signer chains, and the CRL tells good from revoked', async (algorithm) => {
    const pki = await family(algorithm);
    const at = new Date(now);
    const store = trustStoreFromCertificates([pki.root]);
    expect(store.isTest).toBe(true);
    const chain = buildChain(pki.good, [parseCertificate(pki.ca)], store, at);
    expect(chain.ok && chain.chain.length).toBe(3);
    expect(buildChain(pki.good, [], store, at)).toMatchObject({ ok: false, code: 'SIG_UNTRUSTED_CHAIN' });

    const crls = new CrlStore([pki.crl], { now: () => at });
    const ca = parseCertificate(pki.ca);
    expect(await checkRevocation(pki.good, ca, { policy: 'crl', at, crls })).toMatchObject({
      status: 'good',
      source: 'crl',
    });
    expect(await checkRevocation(pki.revoked, ca, { policy: 'crl', at, crls })).toMatchObject({
      status: 'revoked',
      reason: 'keyCompromise',
    });
  });
});
