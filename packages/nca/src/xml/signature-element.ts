import type { Document, Element, Node } from '@xmldom/xmldom';
import type { Certificate } from '../x509/certificate.ts';
import { parseCertificateCached } from '../x509/certificate-cache.ts';
import { checkSignature } from '../x509/certificate-signature.ts';
import { dsNamespace, signatureOidFor } from './algorithms.ts';
import { c14nOptionsFor, canonicalBytes } from './c14n.ts';
import { base64Bytes, childElements, descendants, requiredChild, textOf } from './dom.ts';
import { malformed, unsupported, XmlCheckFailure } from './failure.ts';
import {
  checkReference,
  DigestBudget,
  type IdIndex,
  inclusivePrefixes,
  indexIds,
  planReference,
} from './references.ts';
import { readXades } from './xades.ts';

export interface XmlSigner {
  /** The certificate whose key made the signature. */
  certificate: Certificate;
  /** Every certificate in KeyInfo, signer included, for chain building elsewhere. */
  certificates: Certificate[];
  /** Signature algorithm OID, as checkSignature takes it. */
  signatureAlgorithm: string;
  /** XAdES SigningTime, when the signed properties carry one. */
  signingTime?: Date;
  /** XAdES-T EncapsulatedTimeStamp: DER of a CMS time-stamp token, not verified here. */
  timestampToken?: Uint8Array;
  /** The canonical ds:SignatureValue, which the time-stamp's message imprint must cover. */
  timestampImprintData?: Uint8Array;
}

export const maxReferences = 8;
const maxCertificates = 8;

/** What checking the signatures of one document shares. */
export class SignedDocument {
  readonly signatures: Element[];
  private readonly ids: IdIndex;
  private readonly budget: DigestBudget;

  constructor(
    readonly document: Document,
    sourceLength: number,
  ) {
    this.signatures = descendants(document).filter(
      (e) => e.namespaceURI === dsNamespace && e.localName === 'Signature',
    );
    this.ids = indexIds(document);
    // Each signature may digest the whole document twice (co-signing, then plain XMLDSig) plus its
    // small properties, never more: with at most 16 signatures, a bound on work a sender can cause.
    this.budget = new DigestBudget(2 * Math.max(1, this.signatures.length) * (sourceLength + 65_536));
  }

  /** Checks one ds:Signature (core validation, XMLDSig §3.2); throws XmlCheckFailure. */
  check(signature: Element): XmlSigner {
    const signedInfo = requiredChild(signature, dsNamespace, 'SignedInfo');
    const signatureValue = requiredChild(signature, dsNamespace, 'SignatureValue');

    const c14nMethod = requiredChild(signedInfo, dsNamespace, 'CanonicalizationMethod');
    const c14nUri = c14nMethod.getAttribute('Algorithm') ?? '';
    const c14n = c14nOptionsFor(c14nUri);
    if (!c14n) throw unsupported(`canonicalization ${c14nUri}`);
    const signatureUri = requiredChild(signedInfo, dsNamespace, 'SignatureMethod').getAttribute('Algorithm') ?? '';
    const signatureAlgorithm = signatureOidFor(signatureUri);
    if (!signatureAlgorithm) throw unsupported(`signature method ${signatureUri}`);

    const references = childElements(signedInfo, dsNamespace, 'Reference');
    if (references.length === 0) throw malformed('SignedInfo has no Reference');
    if (references.length > maxReferences) throw malformed(`more than ${maxReferences} references`);
    const later = this.signatures
      .slice(this.signatures.indexOf(signature) + 1)
      .filter((s) => s.parentNode === this.document.documentElement);
    const planned = references.map((reference) => planReference(reference, signature, later, this.document, this.ids));
    // Callers take "verified" to mean "the declaration is signed": a signature over only some
    // element (or only its own properties) must not pass for one over the document.
    if (!planned.some((p) => p.target === this.document || p.target === this.document.documentElement)) {
      throw malformed('no Reference covers the whole document');
    }

    const certificates = readCertificates(signature);
    const signed = canonicalBytes(signedInfo, {
      ...c14n,
      inclusivePrefixes: c14n.exclusive ? inclusivePrefixes(c14nMethod) : [],
    });
    const signer = findSigner(
      certificates,
      signatureAlgorithm,
      signed,
      base64Bytes(textOf(signatureValue)),
      signatureUri,
    );

    for (const reference of planned) checkReference(reference, this.budget);
    const referenced = new Set<Node>(planned.map((p) => p.target));
    return {
      certificate: signer,
      certificates,
      signatureAlgorithm,
      ...readXades(signature, signatureValue, referenced, signer),
    };
  }
}

/** KeyInfo may carry a chain: the signer is whichever certificate's key verifies (GOST checks are slow, so stop there). */
function findSigner(
  certificates: Certificate[],
  algorithm: string,
  signed: Uint8Array,
  signature: Uint8Array,
  uri: string,
): Certificate {
  let allUnsupported = true;
  for (const certificate of certificates) {
    const result = checkSignature(algorithm, signed, signature, certificate);
    if (result === 'valid') return certificate;
    if (result !== 'unsupported') allUnsupported = false;
  }
  if (allUnsupported) throw unsupported(`signature method ${uri}`);
  throw new XmlCheckFailure('SIG_BAD_SIGNATURE', 'the SignatureValue does not verify with the KeyInfo certificate');
}

function readCertificates(signature: Element): Certificate[] {
  const keyInfo = requiredChild(signature, dsNamespace, 'KeyInfo');
  const encoded = childElements(keyInfo, dsNamespace, 'X509Data').flatMap((data) =>
    childElements(data, dsNamespace, 'X509Certificate'),
  );
  if (encoded.length === 0) throw malformed('KeyInfo has no X509Certificate');
  if (encoded.length > maxCertificates) throw malformed(`more than ${maxCertificates} certificates in KeyInfo`);
  return encoded.map((element) => parseCertificateCached(base64Bytes(textOf(element))));
}
