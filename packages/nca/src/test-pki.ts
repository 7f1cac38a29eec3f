/**
 * `@shekara/nca/test-pki`: a test PKI shaped like NCA RK's (a root and an issuing CA per family,
 * RSA, GOST 2004 and GOST 2015-512; holders with auth and sign keys, one expired, one revoked; CRLs;
 * PKCS#12 containers), made in memory, written to a folder, or shared between test workers. Its
 * IINs and BINs pass the check digit. Test keys only: never sign real documents with them.
 *
 * The plan (`plannedHolders`, `organization`, `testPassword`) is plain data, so browser tests can
 * name the same people without making any keys.
 */
export {
  createTestPki,
  loadTestPki,
  type ManifestAuthority,
  type ManifestHolder,
  makeTestPki,
  manifestOf,
  type SharedTestPkiOptions,
  sharedTestPki,
  type TestAuthority,
  type TestHolder,
  type TestPki,
  type TestPkiManifest,
  type TestPkiOptions,
  testAuthority,
  testHolder,
  writeTestPki,
} from './pki/make-test-pki.ts';
export { validBin, validIin } from './pki/test-identities.ts';
export {
  type CertificateStatus,
  caNames,
  organization,
  type PlannedHolder,
  plannedHolders,
  testPassword,
} from './pki/test-pki-plan.ts';
