import { systemClock, type Clock } from '../platform/clock.ts';
import type { SignatureSetup } from '../modules/signature/index.ts';
import { createSignatureVerifier } from '../modules/signature/index.ts';
import { sharedTestPki } from '../modules/signature/pki/make-test-pki.ts';
import { CrlStore } from '../modules/signature/revocation/crl-store.ts';
import { trustStoreFromCertificates } from '../modules/signature/trust/trust-store.ts';
import { parseCrl } from '../modules/signature/x509/crl.ts';

/**
 * The signature set-up tests run with: the project's test PKI (made once a day and shared by the
 * test files), its CAs as the trust store and its CRLs on hand, no network.
 */
export async function testSignatureSetup(clock: Clock = systemClock): Promise<SignatureSetup> {
  const testPki = await sharedTestPki();
  const trust = trustStoreFromCertificates(testPki.authorities.map((a) => a.certificate));
  const crls = new CrlStore(testPki.authorities.map((a) => parseCrl(a.crl)));
  return { verifier: createSignatureVerifier({ trust, crls, revocation: 'crl', clock }), testPki };
}
