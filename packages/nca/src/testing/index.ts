/**
 * `@shekara/nca/testing`: what a project's own tests need around signatures: a verifier that trusts
 * the shared test PKI, and a live OCSP responder on 127.0.0.1 that answers what the test says.
 */

export { corpusDir, corpusMissing, readCorpusDer } from './corpus.ts';
export { fixedClock } from './fixed-clock.ts';
export {
  type OcspResponder,
  type OcspResponderOptions,
  startOcspResponder,
  type TestCertStatus,
} from './ocsp-responder.ts';
export { seededRandom } from './seeded-random.ts';
export { type TestPkiVerifier, testPkiVerifier } from './test-pki-verifier.ts';
