/**
 * `@shekara/nca/testing`: what a project's own tests need around signatures: a verifier that trusts
 * the shared test PKI, and a live OCSP responder on 127.0.0.1 that answers what the test says.
 */
export { testPkiVerifier, type TestPkiVerifier } from './test-pki-verifier.ts';
export { startOcspResponder, type OcspResponder, type OcspResponderOptions, type TestCertStatus } from './ocsp-responder.ts';
export { fixedClock } from './fixed-clock.ts';
export { corpusDir, corpusMissing, readCorpusDer } from './corpus.ts';
export { seededRandom } from './seeded-random.ts';
