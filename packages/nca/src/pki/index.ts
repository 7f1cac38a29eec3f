/** The private-key side of the library: keys, key containers, certificate and CRL issuing (the test PKI is ../test-pki.ts). */
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
