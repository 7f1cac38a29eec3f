import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { algorithm, generalizedTime, integer, objectId, octetString, sequence } from './asn1/der-writer.ts';
import { attribute, buildSignedData, createCms } from './cms/create-cms.ts';
import { oid } from './cms/oids.ts';
import { parseSignedData } from './cms/signed-data.ts';
import { signedDataBy } from './cms/testing/signed-by.ts';
import { makeTestSigner } from './cms/testing/test-signers.ts';
import { type KeyAlgorithm, signRaw } from './pki/index.ts';
import { sharedTestPki, type TestPki, testHolder } from './pki/make-test-pki.ts';
import type { RevocationPolicy } from './revocation/check-revocation.ts';
import { CrlStore } from './revocation/crl-store.ts';
import { checkCmsSignature, checkXmlSignature, type SignatureChecker } from './signature-check.ts';
import { fixedClock } from './testing/fixed-clock.ts';
import type { TrustStore } from './trust/trust-store.ts';
import { trustStoreFromCertificates } from './trust/trust-store.ts';
import type { VerifyCmsOptions } from './verification.ts';
import { createSignatureVerifier } from './verifier.ts';
import { parseCrl } from './x509/crl.ts';

/**
 * A verifier without a checker of its own reads a CMS in place (checkCmsHere: certificate objects,
 * no DER copies) and answers without waiting when the revocation status is at hand. Its answers
 * must be exactly those of the way a checker on other threads takes (checkCmsSignature, then the
 * certificates back from their DER): same values, same keys in the same order.
 */
const families: KeyAlgorithm[] = ['RSA', 'GOST2004', 'GOST2015-512'];
const content = new TextEncoder().encode('{"declaration":"10000/221126/0000001"}');
const asIfElsewhere: SignatureChecker = {
  cms: async (cms, data) => structuredClone(checkCmsSignature(cms, data)),
  xml: async (xml, limits) => structuredClone(checkXmlSignature(xml, limits)),
};

let pki: TestPki;
const clock = fixedClock(new Date());

beforeAll(async () => {
  pki = await sharedTestPki();
  clock.set(new Date(pki.now.getTime() + 3_600_000));
}, 120_000);

function verifiers(trust: TrustStore, crls: CrlStore, revocation: RevocationPolicy) {
  return [
    createSignatureVerifier({ trust, crls, revocation, clock }),
    createSignatureVerifier({ trust, crls, revocation, clock, checker: asIfElsewhere }),
  ] as const;
}

async function sameAnswer(
  pair: ReturnType<typeof verifiers>,
  cms: Uint8Array,
  options: VerifyCmsOptions,
): Promise<string | undefined> {
  const here = await pair[0].verifyCms(cms, options);
  const there = await pair[1].verifyCms(cms, options);
  expect(here).toStrictEqual(there);
  expect(JSON.stringify(here)).toBe(JSON.stringify(there));
  return here.code;
}

function cmsBy(family: KeyAlgorithm, id: string, options: { detached?: boolean } = {}) {
  const holder = testHolder(pki, family, id);
  return createCms({
    content,
    detached: options.detached ?? false,
    certificate: holder.certificate,
    algorithm: family,
    sign: (bytes) => signRaw(holder.key, bytes),
    signingTime: clock.now(),
  });
}

describe.each(families)('in place and as if on another thread, %s', (family) => {
  it('give the same answers, valid or refused for any reason', async () => {
    const trust = trustStoreFromCertificates(pki.authorities.map((a) => a.certificate));
    const crls = new CrlStore(pki.authorities.map((a) => parseCrl(a.crl)));
    const codes = new Set<string | undefined>();
    for (const policy of ['crl', 'none', 'ocsp', 'ocsp-then-crl'] as const) {
      const pair = verifiers(trust, crls, policy);
      const signed = cmsBy(family, 'signer-sign');
      codes.add(await sameAnswer(pair, signed, { purpose: 'sign' }));
      codes.add(await sameAnswer(pair, signed, { purpose: 'auth' }));
      codes.add(await sameAnswer(pair, signed, { purpose: 'any' }));
      const holder = testHolder(pki, family, 'signer-sign');
      codes.add(await sameAnswer(pair, signed, { purpose: 'sign', at: new Date(holder.notBefore.getTime() - 1000) }));
      codes.add(await sameAnswer(pair, cmsBy(family, 'expired-sign'), { purpose: 'sign' }));
      const revoked = cmsBy(family, 'revoked-sign');
      const revokedAt = testHolder(pki, family, 'revoked-sign').revokedAt!;
      codes.add(await sameAnswer(pair, revoked, { purpose: 'sign' }));
      codes.add(await sameAnswer(pair, revoked, { purpose: 'sign', at: new Date(revokedAt.getTime() - 60_000) }));
      const detached = cmsBy(family, 'head-sign', { detached: true });
      codes.add(await sameAnswer(pair, detached, { purpose: 'sign', data: content }));
      codes.add(await sameAnswer(pair, detached, { purpose: 'sign', data: content.subarray(1) }));
      codes.add(await sameAnswer(pair, detached, { purpose: 'sign' }));
      const tampered = Uint8Array.from(signed);
      tampered[tampered.length - 1]! ^= 1;
      codes.add(await sameAnswer(pair, tampered, { purpose: 'sign' }));
      for (const cut of [0, 10, signed.length >> 1, signed.length - 1])
        codes.add(await sameAnswer(pair, signed.subarray(0, cut), { purpose: 'sign' }));
    }
    // and with neither trust nor CRLs for it
    const elsewhere = verifiers(trustStoreFromCertificates([]), new CrlStore(), 'crl');
    codes.add(await sameAnswer(elsewhere, cmsBy(family, 'signer-sign'), { purpose: 'sign' }));
    const noCrl = verifiers(
      trustStoreFromCertificates(pki.authorities.map((a) => a.certificate)),
      new CrlStore(),
      'crl',
    );
    codes.add(await sameAnswer(noCrl, cmsBy(family, 'signer-sign'), { purpose: 'sign' }));
    expect([...codes].sort()).toEqual(
      [
        undefined,
        'SIG_BAD_SIGNATURE',
        'SIG_CERT_EXPIRED',
        'SIG_CERT_NOT_YET_VALID',
        'SIG_CERT_REVOKED',
        'SIG_CONTENT_MISMATCH',
        'SIG_MALFORMED',
        'SIG_REVOCATION_UNAVAILABLE',
        'SIG_UNTRUSTED_CHAIN',
        'SIG_WRONG_KEY_PURPOSE',
      ].sort(),
    );
  });
});

it('a CMS with a signature time-stamp gets the same answer both ways', async () => {
  const signer = makeTestSigner('RSA', { commonName: 'signer' });
  const tsa = makeTestSigner('RSA', { commonName: 'TSA', serial: 7n, extendedKeyUsage: [oid.timeStamping] });
  const genTime = new Date('2026-11-22T10:00:05Z');
  const base = { digestAlgorithm: oid.sha256, signatureAlgorithm: algorithm(oid.sha256WithRsa) };
  const signature = parseSignedData(signedDataBy(signer, content, base)).signers[0]!.signature;
  const tstInfo = sequence(
    integer(1),
    objectId('1.2.398.3.3.2.6.4'),
    sequence(algorithm(oid.sha256), octetString(new Uint8Array(createHash('sha256').update(signature).digest()))),
    integer(0x1234),
    generalizedTime(genTime),
    integer(42),
  );
  const token = buildSignedData({
    content: tstInfo,
    detached: false,
    contentType: oid.tstInfo,
    certificate: tsa.certificate,
    sign: tsa.sign,
    signingTime: genTime,
    ...base,
  });
  const cms = signedDataBy(signer, content, {
    ...base,
    unsignedAttributes: [attribute(oid.signatureTimeStampToken, token)],
  });
  for (const trusted of [[], [tsa.certificate], [signer.certificate, tsa.certificate]]) {
    const pair = verifiers(trustStoreFromCertificates(trusted), new CrlStore(), 'none');
    await sameAnswer(pair, cms, { purpose: 'any' });
    const here = await pair[0].verifyCms(cms, { purpose: 'any' });
    expect(here.timestamp).toMatchObject({ serialNumber: '1234' });
  }
});
