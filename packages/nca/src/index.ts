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

// The verifier and what it answers.
export { createSignatureVerifier, type VerifierDependencies } from './verifier.ts';
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
export { signatureFailureCodes, type SignatureFailureCode } from './failure-codes.ts';
export { systemClock, type Clock } from './clock.ts';

// Trust: the CA certificates signatures are trusted through, and chains to them.
export { loadTrustStore, trustStoreFromCertificates, TrustStoreError, type TrustStore } from './trust/trust-store.ts';
export { buildChain, clearChainCache, type ChainErrorCode, type ChainOptions, type ChainResult } from './trust/chain.ts';

// Revocation: CRLs at hand or fetched, OCSP, and the policy between them.
export { CrlStore, CrlStoreError, loadCrlDirectory, type CrlStoreOptions } from './revocation/crl-store.ts';
export { checkRevocation, type RevocationOptions, type RevocationPolicy, type RevocationResult } from './revocation/check-revocation.ts';
export { queryOcsp, type OcspAnswer, type OcspQueryOptions } from './revocation/ocsp.ts';

// X.509 certificates and CRLs, and what an NCA certificate says about its holder.
export { parseCertificate, type Certificate, type KeyUsage, type NameAttribute } from './x509/certificate.ts';
export { parseCrl, type Crl, type Revocation, type RevocationReason } from './x509/crl.ts';
export {
  ncaProfile,
  type KeyPurpose,
  type ProfileOptions,
  type ProfileProblem,
  type SignatureAlgorithm,
  type Signer,
  type SignerRole,
} from './x509/nca-profile.ts';

// CMS (CAdES) signatures and RFC 3161 time-stamps.
export {
  checkCms,
  checkTimestampToken,
  CmsFormatError,
  createCms,
  createCmsAsync,
  parseSignedData,
  parseTimeStampResponse,
  type CmsAlgorithm,
  type CmsCheck,
  type CmsCheckOptions,
  type CmsFailure,
  type CmsFailureCode,
  type CmsSigner,
  type CreateCmsInput,
  type SignedData,
  type SignerInfo,
  type TimestampCheck,
  type TimestampInfo,
  type TimeStampResponse,
} from './cms/index.ts';

// XMLDSig / XAdES signatures.
export { checkXml, signXml, type XmlCheck, type XmlCheckCode, type XmlSignatureFamily, type XmlSigner, type XmlSigningKey } from './xml/index.ts';

// Keys, PKCS#12 key containers, and issuing certificates and CRLs.
export {
  certificatePublicKey,
  decodePrivateKeyInfo,
  encodePrivateKeyInfo,
  generateKeyPair,
  issueCertificate,
  issueCrl,
  keyAlgorithms,
  maxPkcs12Bytes,
  Pkcs12Error,
  Pkcs12FormatError,
  Pkcs12PasswordError,
  readPkcs12,
  signRaw,
  signRawAsync,
  writePkcs12,
  type GostPrivateKey,
  type IssueCertificateInput,
  type IssueCrlInput,
  type KeyAlgorithm,
  type KeyUsageBit,
  type Pkcs12Contents,
  type PrivateKey,
  type RevokedEntry,
  type RsaPrivateKey,
  type SubjectName,
  type WritePkcs12Input,
} from './pki/index.ts';
