import { type Clock, systemClock } from '../clock.ts';
import { sharedTestPki } from '../pki/make-test-pki.ts';
import type { TestPki } from '../pki/test-pki.ts';
import { CrlStore } from '../revocation/crl-store.ts';
import { trustStoreFromCertificates } from '../trust/trust-store.ts';
import type { SignatureVerifier } from '../verification.ts';
import { createSignatureVerifier } from '../verifier.ts';
import { parseCrl } from '../x509/crl.ts';

export interface TestPkiVerifier {
  verifier: SignatureVerifier;
  testPki: TestPki;
}

/**
 * A verifier for tests: the shared test PKI (made once a day and shared by the test files), its CAs
 * as the trust store and its CRLs on hand, no network.
 */
export async function testPkiVerifier(clock: Clock = systemClock): Promise<TestPkiVerifier> {
  const testPki = await sharedTestPki();
  const trust = trustStoreFromCertificates(testPki.authorities.map((a) => a.certificate));
  const crls = new CrlStore(testPki.authorities.map((a) => parseCrl(a.crl)));
  return { verifier: createSignatureVerifier({ trust, crls, revocation: 'crl', clock }), testPki };
}
