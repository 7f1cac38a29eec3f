import { describe, expect, it } from 'vitest';
import { createCms } from './cms/index.ts';
import { generateKeyPair, issueCertificate, signRaw, validIin } from './pki/index.ts';
import { CrlStore } from './revocation/crl-store.ts';
import { fixedClock } from './testing/fixed-clock.ts';
import { trustStoreFromCertificates } from './trust/trust-store.ts';
import { createSignatureVerifier } from './verifier.ts';

/**
 * REG-4 / REG-10: the IIN in a signer's certificate is who registers and logs in, so its check
 * digit must hold. NCA's own test certificates carry 123456789011, which fails it: such an IIN is
 * accepted only while the trust store is a test store (every root named "TEST").
 */
const clock = fixedClock('2026-11-22T10:00:00Z');
const year = 365 * 86_400_000;

async function signedUnder(caName: string, iin: string) {
  const caKey = await generateKeyPair('GOST2015-512');
  const now = clock.now();
  const ca = issueCertificate({
    subject: { commonName: caName },
    issuerKey: caKey,
    ca: {},
    notBefore: new Date(now.getTime() - year),
    notAfter: new Date(now.getTime() + year),
  });
  const key = await generateKeyPair('GOST2015-512');
  const certificate = issueCertificate({
    subject: { commonName: 'ТЕСТОВ ТЕСТ', iin },
    subjectKey: key,
    issuerKey: caKey,
    issuerCertificate: ca,
    keyPurpose: 'sign',
    roles: ['individual'],
    notBefore: new Date(now.getTime() - 86_400_000),
    notAfter: new Date(now.getTime() + year),
  });
  const cms = createCms({
    content: Buffer.from('x'),
    detached: false,
    certificate,
    algorithm: 'GOST2015-512',
    sign: (b) => signRaw(key, b),
    signingTime: now,
  });
  const verifier = createSignatureVerifier({
    trust: trustStoreFromCertificates([ca]),
    crls: new CrlStore(),
    revocation: 'none',
    clock,
  });
  return { verifier, cms };
}

describe('IIN check digit and the test trust store (REG-4, REG-10)', () => {
  it('an NCA test IIN is accepted under a test store', async () => {
    const { verifier, cms } = await signedUnder('NCA TEST CA', '123456789011');
    expect(verifier.testTrust).toBe(true);
    expect(await verifier.verifyCms(cms, { purpose: 'sign' })).toMatchObject({
      valid: true,
      signer: { iin: '123456789011' },
    });
  });

  it('the same IIN is refused under a production store, and a valid IIN is accepted there', async () => {
    const refused = await signedUnder('NATIONAL CA', '123456789011');
    expect(refused.verifier.testTrust).toBe(false);
    const result = await refused.verifier.verifyCms(refused.cms, { purpose: 'sign' });
    expect(result).toMatchObject({ valid: false, code: 'SIG_UNTRUSTED_CHAIN' });
    expect(result.detail).toContain('iin_check_digit');

    const iin = validIin('1985-01-15', 3, 7);
    const accepted = await signedUnder('NATIONAL CA', iin);
    expect(await accepted.verifier.verifyCms(accepted.cms, { purpose: 'sign' })).toMatchObject({
      valid: true,
      signer: { iin },
    });
  });
});
