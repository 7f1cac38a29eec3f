import {
  CrlStore,
  createCms,
  createSignatureVerifier,
  generateKeyPair,
  issueCertificate,
  issueCrl,
  type KeyAlgorithm,
  type KeyPurpose,
  type PrivateKey,
  parseCertificate,
  parseCrl,
  signRaw,
  trustStoreFromCertificates,
} from '@shekara/nca';
import { sharedTestPki, type TestHolder, testAuthority } from '@shekara/nca/test-pki';
import type { SignatureSetup } from '../../modules/signature/index.ts';
import type { Clock } from '../../platform/clock.ts';

/** A key and its certificate: a test PKI holder, or one of the certificates below. */
export interface SigningKey {
  key: PrivateKey;
  certificate: Uint8Array;
  algorithm: KeyAlgorithm;
}

/**
 * Certificates the test PKI does not hold, in the test organisation head's name, for the
 * signature attacks: an authentication key and a signing key that have expired, two that are
 * revoked (the issuing CA's CRL is issued again with them on it), and two forged ones, made by a
 * CA of the same name that nobody trusts.
 */
export interface HostileKeys {
  expiredAuth: SigningKey;
  expiredSign: SigningKey;
  revokedAuth: SigningKey;
  revokedSign: SigningKey;
  forgedAuth: SigningKey;
  forgedSign: SigningKey;
}

const day = 86_400_000;
const algorithm: KeyAlgorithm = 'GOST2015-512';

/**
 * The shared test PKI's verifier, its issuing CA's CRL replaced by one that also revokes the
 * revoked keys above, and those keys.
 */
export async function hostileSignatureSetup(clock: Clock): Promise<{ setup: SignatureSetup; keys: HostileKeys }> {
  const pki = await sharedTestPki();
  const head = (purpose: KeyPurpose) =>
    pki.holders.find((h) => h.algorithm === algorithm && h.id === `head-${purpose}`)!;
  const issuing = testAuthority(pki, algorithm, 'issuing');
  const now = clock.now().getTime();

  const issue = async (
    of: TestHolder,
    validity: { notBefore: Date; notAfter: Date },
    by: { key: PrivateKey; certificate: Uint8Array } = issuing,
  ): Promise<SigningKey> => {
    const key = await generateKeyPair(algorithm);
    const certificate = issueCertificate({
      subject: {
        commonName: of.commonName,
        surname: of.surname,
        givenName: of.givenName,
        iin: of.iin,
        organization: of.organization,
        bin: of.bin,
      },
      subjectKey: key,
      issuerKey: by.key,
      issuerCertificate: by.certificate,
      keyPurpose: of.keyPurpose,
      roles: of.roles,
      ...validity,
    });
    return { key, certificate, algorithm };
  };
  const current = { notBefore: new Date(now - day), notAfter: new Date(now + 300 * day) };
  const past = { notBefore: new Date(now - 400 * day), notAfter: new Date(now - 35 * day) };

  // A CA with the name of the real issuing CA, which no trust store holds.
  const fakeRootKey = await generateKeyPair(algorithm);
  const fakeCertificate = issueCertificate({
    subject: { commonName: issuing.name },
    issuerKey: fakeRootKey,
    notBefore: new Date(now - 1000 * day),
    notAfter: new Date(now + 1000 * day),
    ca: {},
  });
  const fake = { key: fakeRootKey, certificate: fakeCertificate };

  const keys: HostileKeys = {
    expiredAuth: await issue(head('auth'), past),
    expiredSign: await issue(head('sign'), past),
    revokedAuth: await issue(head('auth'), current),
    revokedSign: await issue(head('sign'), current),
    forgedAuth: await issue(head('auth'), current, fake),
    forgedSign: await issue(head('sign'), current, fake),
  };

  const revokedBefore = pki.holders
    .filter((h) => h.algorithm === algorithm && h.revokedAt)
    .map((h) => ({ serialNumber: h.serialNumber, revokedAt: h.revokedAt!, reason: 'keyCompromise' as const }));
  const revokedNow = [keys.revokedAuth, keys.revokedSign].map((k) => ({
    serialNumber: parseCertificate(k.certificate).serialNumber,
    revokedAt: new Date(now - day),
    reason: 'keyCompromise' as const,
  }));
  const crl = issueCrl({
    issuerKey: issuing.key,
    issuerCertificate: issuing.certificate,
    thisUpdate: new Date(now - 60_000),
    nextUpdate: new Date(now + 7 * day),
    crlNumber: 1_000n,
    revoked: [...revokedBefore, ...revokedNow],
  });
  const crls = pki.authorities.map((a) => parseCrl(a === issuing ? crl : a.crl));
  const trust = trustStoreFromCertificates(pki.authorities.map((a) => a.certificate));
  const verifier = createSignatureVerifier({ trust, crls: new CrlStore(crls), revocation: 'crl', clock });
  return { setup: { verifier, testPki: pki }, keys };
}

/** A base64 CMS by `signer` over `content`: attached, as NCALayer signs a log-in nonce or a form, or detached. */
export function cmsBy(signer: SigningKey, content: Uint8Array | string, detached = false): string {
  return Buffer.from(
    createCms({
      content: typeof content === 'string' ? new TextEncoder().encode(content) : content,
      detached,
      certificate: signer.certificate,
      algorithm: signer.algorithm,
      sign: (bytes) => signRaw(signer.key, bytes),
      signingTime: new Date(),
    }),
  ).toString('base64');
}

/** The CMS with one byte of its signed content changed: the content no longer matches its digest. */
export function tampered(cmsBase64: string, content: Uint8Array | string): string {
  const cms = Buffer.from(cmsBase64, 'base64');
  const bytes = Buffer.from(typeof content === 'string' ? new TextEncoder().encode(content) : content);
  const at = cms.indexOf(bytes);
  if (at < 0) throw new Error('the content is not in the CMS');
  const flipped = at + Math.floor(bytes.length / 2);
  cms[flipped] = cms[flipped]! ^ 0x01;
  return cms.toString('base64');
}
