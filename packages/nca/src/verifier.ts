import type { Clock } from './clock.ts';
import type { TimestampInfo } from './cms/index.ts';
import type { SignatureFailureCode } from './failure-codes.ts';
import { isoTime } from './iso-time.ts';
import {
  checkRevocation,
  type RevocationPolicy,
  type RevocationResult,
  revocationAtHand,
} from './revocation/check-revocation.ts';
import type { CrlStore } from './revocation/crl-store.ts';
import {
  type CheckedSigner,
  certificatesOf,
  checkCmsHere,
  inPlaceChecker,
  type SignatureChecker,
} from './signature-check.ts';
import { buildChain } from './trust/chain.ts';
import { commonName } from './trust/names.ts';
import type { TrustStore } from './trust/trust-store.ts';
import type {
  ChainLink,
  RevocationReport,
  SignatureVerifier,
  TimestampReport,
  VerificationResult,
  VerifyOptions,
} from './verification.ts';
import type { Certificate } from './x509/certificate.ts';
import { ncaProfileCached, type Signer } from './x509/nca-profile.ts';
import type { XmlLimits } from './xml/limits.ts';

export interface VerifierDependencies {
  trust: TrustStore;
  crls: CrlStore;
  revocation: RevocationPolicy;
  ocspUrl?: string;
  /** Used for CRL distribution points and OCSP; absent: no network look-ups. */
  fetch?: typeof fetch;
  clock: Clock;
  /**
   * Where the part that needs only the bytes runs (signature-check.ts): in place by default, or on
   * worker threads the caller keeps, so that a large document does not hold up its event loop.
   */
  checker?: SignatureChecker;
  /** Bounds on a signed XML document's shape; absent: `defaultXmlLimits`. */
  xmlLimits?: XmlLimits;
}

/** One signer as the CMS and XML layers hand it over: a mathematically valid signature by `certificate`. */
interface SignedBy {
  certificate: Certificate;
  certificates: Certificate[];
  signingTime?: Date;
  timestamp?: TimestampInfo;
}

// A CMS or XML larger than this is no declaration anyone signs; refusing early bounds the work.
const maxInputBytes = 16 * 1024 * 1024;

/**
 * The signature checks of issue 3 in the order that gives the most useful answer: can it be read,
 * is the mathematics right, is the time-stamp right, who signed (NCA profile), with which key,
 * does the certificate chain to a trusted root and was it valid then, was it revoked then.
 * Never throws on bad input: every refusal is a result with a code.
 */
export function createSignatureVerifier(dependencies: VerifierDependencies): SignatureVerifier {
  const { trust, clock } = dependencies;
  // Absent: CMS is checked in place by checkCmsHere (certificate objects, no copies), XML by inPlaceChecker.
  const ownChecker = dependencies.checker;
  const checker = ownChecker ?? inPlaceChecker;
  // The verifier's clock, not the machine's, judges whether an OCSP answer is fresh.
  const now = () => clock.now();
  // The same for every verification but the moment judged.
  const revocationOptions = {
    policy: dependencies.revocation,
    now,
    crls: dependencies.crls,
    ...(dependencies.ocspUrl ? { ocspUrl: dependencies.ocspUrl } : {}),
    ...(dependencies.fetch ? { fetch: dependencies.fetch } : {}),
  };

  /**
   * The verdict on every signer, the first one's result carrying them all. Synchronous when
   * nothing needs waiting for (one signer whose revocation status is at hand, the usual case), a
   * promise otherwise; the answer is the same either way.
   */
  function judge(signed: SignedBy[], options: VerifyOptions): VerificationResult | Promise<VerificationResult> {
    // One signer: its result as it is (withSigners adds the list only for several).
    if (signed.length === 1) return judgeSigner(signed[0]!, options);
    return judgeEach(signed, options);
  }

  async function judgeEach(signed: SignedBy[], options: VerifyOptions): Promise<VerificationResult> {
    const signers: Signer[] = [];
    let first: VerificationResult | null = null;
    for (const [index, signer] of signed.entries()) {
      const result = await judgeSigner(signer, options);
      if (result.signer) signers.push(result.signer);
      if (index === 0) first = result;
      if (!result.valid) return withSigners(result, signers);
    }
    if (!first) return refusal('SIG_MALFORMED', 'no signer', clock.now());
    return withSigners(first, signers);
  }

  function judgeSigner(signed: SignedBy, options: VerifyOptions): VerificationResult | Promise<VerificationResult> {
    const timestamp = signed.timestamp ? reportTimestamp(signed.timestamp) : undefined;
    const at = options.at ?? (timestamp?.trusted ? new Date(timestamp.time) : clock.now());
    // Filled field by field rather than from spread literals: this runs on every verification.
    const common: Pick<VerificationResult, 'signingTime' | 'timestamp'> = {};
    if (signed.signingTime) common.signingTime = isoTime(signed.signingTime);
    if (timestamp) common.timestamp = timestamp;
    const profile = ncaProfileCached(signed.certificate, trust.isTest ? testIdentifiers : realIdentifiers);
    if (!profile.ok) {
      const code: SignatureFailureCode =
        profile.problem === 'unsupported_algorithm' ? 'SIG_UNSUPPORTED_ALGORITHM' : 'SIG_UNTRUSTED_CHAIN';
      return { ...refusal(code, `the certificate does not follow the NCA profile: ${profile.problem}`, at), ...common };
    }
    const signer = profile.signer;
    const chainResult = buildChain(signed.certificate, signed.certificates, trust, at);
    if (!chainResult.ok) return { ...refusal(chainResult.code, chainResult.detail, at), signer, ...common };
    const chain = chainResult.chain.map(link);
    if (options.purpose !== 'any' && signer.keyPurpose !== options.purpose) {
      const detail = `the ${signer.keyPurpose} key was used where the ${options.purpose} key is required`;
      return { ...refusal('SIG_WRONG_KEY_PURPOSE', detail, at), signer, chain, ...common };
    }
    const issuer = chainResult.chain[1] ?? chainResult.chain[0]!;
    const atHand = revocationAtHand(signed.certificate, issuer, dependencies.revocation, dependencies.crls, at, now);
    if (atHand) return concludeSigner(atHand, signer, chain, common, at);
    return checkRevocation(signed.certificate, issuer, { ...revocationOptions, at }).then((revocation) =>
      concludeSigner(revocation, signer, chain, common, at),
    );
  }

  /** The result once the revocation status is known. */
  function concludeSigner(
    revocation: RevocationResult,
    signer: Signer,
    chain: ChainLink[],
    common: Pick<VerificationResult, 'signingTime' | 'timestamp'>,
    at: Date,
  ): VerificationResult {
    if (revocation.status === 'unavailable') {
      return { ...refusal('SIG_REVOCATION_UNAVAILABLE', revocation.detail, at), signer, chain, ...common };
    }
    const report: RevocationReport = {
      status: revocation.status,
      source: revocation.source,
      checkedAt: revocation.checkedAt,
    };
    if (revocation.revokedAt) report.revokedAt = revocation.revokedAt;
    if (revocation.reason) report.reason = revocation.reason;
    if (revocation.status === 'unknown') {
      // The responder does not know the certificate (RFC 6960: possibly never issued): not accepted.
      const detail = revocation.detail ?? 'the revocation service does not know the certificate';
      return {
        valid: false,
        code: 'SIG_REVOCATION_UNAVAILABLE',
        detail,
        signer,
        chain,
        revocation: report,
        ...common,
        checkedAt: isoTime(at),
      };
    }
    if (revocation.status === 'revoked') {
      return {
        valid: false,
        code: 'SIG_CERT_REVOKED',
        detail: `revoked at ${revocation.revokedAt}`,
        signer,
        chain,
        revocation: report,
        ...common,
        checkedAt: isoTime(at),
      };
    }
    // The same keys in the same order as { valid, signer, chain, revocation, ...common, checkedAt }, without the spread.
    const valid: VerificationResult = { valid: true, signer, chain, revocation: report } as VerificationResult;
    if (common.signingTime !== undefined) valid.signingTime = common.signingTime;
    if (common.timestamp !== undefined) valid.timestamp = common.timestamp;
    valid.checkedAt = isoTime(at);
    return valid;
  }

  function reportTimestamp(info: TimestampInfo): TimestampReport {
    const chain = buildChain(info.tsaCertificate, info.certificates, trust, info.genTime);
    return {
      time: isoTime(info.genTime),
      policy: info.policy,
      serialNumber: info.serialNumber,
      authority: commonName(info.tsaCertificate.subject) ?? '',
      trusted: chain.ok,
    };
  }

  return {
    testTrust: trust.isTest,

    async verifyCms(cms, options) {
      if (cms.length > maxInputBytes)
        return refusal('SIG_MALFORMED', `larger than ${maxInputBytes} bytes`, clock.now());
      if (!ownChecker) {
        const here = checkCmsHere(cms, options.data);
        if (!here.ok) return refusal(here.code, here.detail, options.at ?? clock.now());
        return judge(here.signers, options);
      }
      const checked = await ownChecker.cms(cms, options.data);
      if (!checked.ok) return refusal(checked.code, checked.detail, options.at ?? clock.now());
      return judge(checked.signers.map(signedBy), options);
    },

    async verifyXml(xml, options) {
      if (xml.length > maxInputBytes)
        return refusal('SIG_MALFORMED', `larger than ${maxInputBytes} characters`, clock.now());
      const checked = await checker.xml(xml, dependencies.xmlLimits);
      if (!checked.ok) return refusal(checked.code, checked.detail, options.at ?? clock.now());
      return judge(checked.signers.map(signedBy), options);
    },
  };
}

function signedBy(signer: CheckedSigner): SignedBy {
  const signed: SignedBy = certificatesOf(signer);
  if (signer.signingTime) signed.signingTime = signer.signingTime;
  return signed;
}

/** The result, naming every signer when there are several (a single signer is the result's own). */
function withSigners(result: VerificationResult, signers: Signer[]): VerificationResult {
  return signers.length > 1 ? { ...result, signers } : result;
}

function refusal(code: SignatureFailureCode, detail: string, at: Date): VerificationResult {
  return {
    valid: false,
    code,
    detail,
    chain: [],
    revocation: { status: 'not_checked', source: null, checkedAt: null },
    checkedAt: isoTime(at),
  };
}

const testIdentifiers = { acceptTestIdentifiers: true };
const realIdentifiers = { acceptTestIdentifiers: false };

// Chain links describe certificates, which are reused across verifications (certificate-cache.ts);
// each is frozen, as it goes into every result that names the certificate.
const links = new WeakMap<Certificate, ChainLink>();

function link(certificate: Certificate): ChainLink {
  let described = links.get(certificate);
  if (!described) {
    described = Object.freeze(describeLink(certificate));
    links.set(certificate, described);
  }
  return described;
}

function describeLink(certificate: Certificate): ChainLink {
  return {
    subject: commonName(certificate.subject) ?? '',
    issuer: commonName(certificate.issuer) ?? '',
    serialNumber: certificate.serialNumber,
    notBefore: isoTime(certificate.notBefore),
    notAfter: isoTime(certificate.notAfter),
  };
}
