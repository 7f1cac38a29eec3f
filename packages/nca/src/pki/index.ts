/** The private-key side of the library: keys, key containers, certificate and CRL issuing (the test PKI is ../test-pki.ts). */
export { type KeyAlgorithm, keyAlgorithms } from './algorithms.ts';
export type { KeyUsageBit } from './extensions.ts';
export {
  type IssueCertificateInput,
  type IssueCrlInput,
  issueCertificate,
  issueCrl,
  type RevokedEntry,
} from './issue.ts';
export {
  certificatePublicKey,
  type GostPrivateKey,
  generateKeyPair,
  type PrivateKey,
  type RsaPrivateKey,
  signatureAlgorithmOid,
  signRaw,
  signRawAsync,
} from './keys.ts';
export type { SubjectName } from './name.ts';
export { decodePrivateKeyInfo, encodePrivateKeyInfo } from './pkcs8.ts';
export {
  maxPkcs12Bytes,
  type Pkcs12Contents,
  Pkcs12Error,
  Pkcs12FormatError,
  Pkcs12PasswordError,
  readPkcs12,
  type WritePkcs12Input,
  writePkcs12,
} from './pkcs12.ts';
export { validIin } from './test-identities.ts';
