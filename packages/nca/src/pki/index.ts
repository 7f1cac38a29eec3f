/** The private-key side of the signature module: keys, key containers, certificate and CRL issuing, test PKI. */
export { keyAlgorithms, type KeyAlgorithm } from './algorithms.ts';
export {
  certificatePublicKey,
  generateKeyPair,
  gostPrivateKey,
  publicKeyInfo,
  rsaPrivateKey,
  signatureAlgorithmOid,
  signRaw,
  signRawAsync,
  type GostPrivateKey,
  type PrivateKey,
  type RsaPrivateKey,
} from './keys.ts';
export { decodePrivateKeyInfo, encodePrivateKeyInfo } from './pkcs8.ts';
export { issueCertificate, issueCrl, type IssueCertificateInput, type IssueCrlInput, type RevokedEntry } from './issue.ts';
export type { KeyUsageBit } from './extensions.ts';
export type { SubjectName } from './name.ts';
export { validBin, validIin } from './test-identities.ts';
export {
  maxPkcs12Bytes,
  Pkcs12Error,
  Pkcs12FormatError,
  Pkcs12PasswordError,
  readPkcs12,
  writePkcs12,
  type Pkcs12Contents,
  type WritePkcs12Input,
} from './pkcs12.ts';
export {
  createTestPki,
  loadTestPki,
  makeTestPki,
  manifestOf,
  sharedTestPki,
  testAuthority,
  testHolder,
  testPassword,
  writeTestPki,
  type ManifestAuthority,
  type ManifestHolder,
  type SharedTestPkiOptions,
  type TestAuthority,
  type TestHolder,
  type TestPki,
  type TestPkiManifest,
  type TestPkiOptions,
} from './make-test-pki.ts';
export type { CertificateStatus } from './test-pki-plan.ts';
