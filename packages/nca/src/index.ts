/**
 * @shekara/nca: verification of the digital signatures of Kazakhstan's National Certification
 * Authority (NCA RK, ҰКО / НУЦ РК), as NCALayer and Kalkan make them, in Node without OpenSSL
 * engines or Java.
 *
 * The usual entry is `createSignatureVerifier`: give it the trusted CA certificates
 * (`loadTrustStore` / `trustStoreFromCertificates`), the CRLs at hand (`CrlStore`) and a revocation
 * policy, then ask it `verifyCms(bytes, options)` or `verifyXml(text, options)`. It never throws on
 * bad input: every refusal is a `VerificationResult` with `valid: false` and a stable
 * `SignatureFailureCode`, which the caller translates for its users.
 *
 * The layers beneath are public too, for callers that need one step only: CMS (`checkCms`,
 * `createCms`, time-stamps), XMLDSig/XAdES (`checkXml`, `signXml`), X.509 and the NCA profile
 * (`parseCertificate`, `ncaProfile`), chains (`buildChain`), revocation (`checkRevocation`, OCSP,
 * CRLs), keys and PKCS#12 containers (`readPkcs12`, `writePkcs12`, `signRaw`), and certificate and
 * CRL issuing. Subpaths: `@shekara/nca/test-pki` (a test PKI shaped like NCA's),
 * `@shekara/nca/testing` (an OCSP responder and a ready verifier for tests), `@shekara/nca/gost`
 * (the GOST digests and curve check, and which backend is in use), `@shekara/nca/iin-bin` (IIN/BIN).
 */

export { type Clock, systemClock } from './clock.ts';
// CMS (CAdES) signatures and RFC 3161 time-stamps.
export {
  type CmsAlgorithm,
  type CmsCheck,
  type CmsCheckOptions,
  type CmsFailure,
  type CmsFailureCode,
  CmsFormatError,
  type CmsSigner,
  type CreateCmsInput,
  checkCms,
  checkTimestampToken,
  createCms,
  createCmsAsync,
  parseSignedData,
  parseTimeStampResponse,
  type SignedData,
  type SignerInfo,
  type TimeStampResponse,
  type TimestampCheck,
  type TimestampInfo,
} from './cms/index.ts';
export { type SignatureFailureCode, signatureFailureCodes } from './failure-codes.ts';
// Keys, PKCS#12 key containers, and issuing certificates and CRLs.
export {
  certificatePublicKey,
  decodePrivateKeyInfo,
  encodePrivateKeyInfo,
  type GostPrivateKey,
  generateKeyPair,
  type IssueCertificateInput,
  type IssueCrlInput,
  issueCertificate,
  issueCrl,
  type KeyAlgorithm,
  type KeyUsageBit,
  keyAlgorithms,
  maxPkcs12Bytes,
  type Pkcs12Contents,
  Pkcs12Error,
  Pkcs12FormatError,
  Pkcs12PasswordError,
  type PrivateKey,
  type RevokedEntry,
  type RsaPrivateKey,
  readPkcs12,
  type SubjectName,
  signRaw,
  signRawAsync,
  type WritePkcs12Input,
  writePkcs12,
} from './pki/index.ts';
export {
  checkRevocation,
  type RevocationOptions,
  type RevocationPolicy,
  type RevocationResult,
} from './revocation/check-revocation.ts';
// Revocation: CRLs at hand or fetched, OCSP, and the policy between them.
export { CrlStore, CrlStoreError, type CrlStoreOptions, loadCrlDirectory } from './revocation/crl-store.ts';
export { type OcspAnswer, type OcspQueryOptions, queryOcsp } from './revocation/ocsp.ts';
// The verifier and what it answers.
export {
  type CheckedSigner,
  type CheckedTimestamp,
  checkCmsSignature,
  checkXmlSignature,
  type SignatureCheck,
  type SignatureChecker,
} from './signature-check.ts';
export {
  buildChain,
  type ChainErrorCode,
  type ChainOptions,
  type ChainResult,
  clearChainCache,
} from './trust/chain.ts';
// Trust: the CA certificates signatures are trusted through, and chains to them.
export { loadTrustStore, type TrustStore, TrustStoreError, trustStoreFromCertificates } from './trust/trust-store.ts';
export type {
  ChainLink,
  PurposeDemand,
  RevocationReport,
  SignatureVerifier,
  TimestampReport,
  VerificationResult,
  VerifyCmsOptions,
  VerifyOptions,
} from './verification.ts';
export { createSignatureVerifier, type VerifierDependencies } from './verifier.ts';
// X.509 certificates and CRLs, and what an NCA certificate says about its holder.
export { type Certificate, type KeyUsage, type NameAttribute, parseCertificate } from './x509/certificate.ts';
export { type Crl, parseCrl, type Revocation, type RevocationReason } from './x509/crl.ts';
export {
  type KeyPurpose,
  ncaProfile,
  type ProfileOptions,
  type ProfileProblem,
  type SignatureAlgorithm,
  type Signer,
  type SignerRole,
} from './x509/nca-profile.ts';
// XMLDSig / XAdES signatures.
export {
  checkXml,
  defaultXmlLimits,
  parseXml,
  signXml,
  type XmlCheck,
  type XmlCheckCode,
  type XmlLimits,
  XmlRefused,
  type XmlSignatureFamily,
  type XmlSigner,
  type XmlSigningKey,
} from './xml/index.ts';
