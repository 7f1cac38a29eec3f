import type { Document, Element, Node } from '@xmldom/xmldom';
import { DerError } from '../asn1/der.ts';
import { parseCertificate, type Certificate } from '../x509/certificate.ts';
import { checkSignature } from '../x509/certificate-signature.ts';
import { dsNamespace, signatureOidFor } from './algorithms.ts';
import { c14nOptionsFor, canonicalBytes } from './c14n.ts';
import { base64Bytes, childElements, descendants, requiredChild, textOf, XmlShapeError } from './dom.ts';
import { malformed, unsupported, XmlCheckFailure, type XmlCheckCode } from './failure.ts';
import { parseXml, XmlRefused } from './parse.ts';
import { checkReference, DigestBudget, inclusivePrefixes, indexIds, planReference, type IdIndex } from './references.ts';
import { readXades } from './xades.ts';

export type { XmlCheckCode } from './failure.ts';

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

export type XmlCheck = { ok: true; signers: XmlSigner[] } | { ok: false; code: XmlCheckCode; detail: string };

export const maxSignatures = 16;
export const maxReferences = 8;

/**
 * Checks every enveloped XMLDSig/XAdES signature in a document, as NCALayer makes them (ACC-9,
 * REG-4): that each signature covers the document, that the covered content is unchanged and that
 * the key in KeyInfo signed it. Trust in that key (chain, validity, revocation) and the time-stamp
 * token are checked elsewhere. Never throws.
 */
export function checkXml(xml: string): XmlCheck {
  try {
    if (typeof xml !== 'string') throw malformed('not a string');
    const document = parseXml(xml);
    const signatures = descendants(document).filter((e) => e.namespaceURI === dsNamespace && e.localName === 'Signature');
    if (signatures.length === 0) throw malformed('the document has no ds:Signature');
    if (signatures.length > maxSignatures) throw malformed(`more than ${maxSignatures} signatures`);
    const ids = indexIds(document);
    // Each signature may digest the whole document a few times, never more.
    const budget = new DigestBudget(4 * maxSignatures * (xml.length + 4096));
    const signers = signatures.map((signature, index) => {
      try {
        return checkOne(signature, document, ids, budget);
      } catch (error) {
        if (error instanceof XmlCheckFailure) throw new XmlCheckFailure(error.code, `signature ${index + 1}: ${error.message}`);
        throw error;
      }
    });
    return { ok: true, signers };
  } catch (error) {
    if (error instanceof XmlCheckFailure) return { ok: false, code: error.code, detail: error.message };
    const known = error instanceof XmlRefused || error instanceof XmlShapeError || error instanceof DerError;
    return { ok: false, code: 'SIG_MALFORMED', detail: known ? error.message : `unreadable signature (${error instanceof Error ? error.name : 'error'})` };
  }
}

function checkOne(signature: Element, document: Document, ids: IdIndex, budget: DigestBudget): XmlSigner {
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
  const planned = references.map((reference) => planReference(reference, signature, document, ids));
  // Callers take "verified" to mean "the declaration is signed": a signature over only some
  // element (or only its own properties) must not pass for one over the document.
  if (!planned.some((p) => p.target === document || p.target === document.documentElement)) {
    throw malformed('no Reference covers the whole document');
  }

  const certificates = readCertificates(signature);
  const signed = canonicalBytes(signedInfo, { ...c14n, inclusivePrefixes: c14n.exclusive ? inclusivePrefixes(c14nMethod) : [] });
  const signatureBytes = base64Bytes(textOf(signatureValue));
  // KeyInfo may carry a chain; the signer is whichever certificate's key verifies (GOST checks are slow, so stop there).
  const signerIndex = findSigner(certificates, signatureAlgorithm, signed, signatureBytes, signatureUri);

  for (const reference of planned) checkReference(reference, budget);
  const referenced = new Set<Node>(planned.map((p) => p.target));
  return {
    certificate: certificates[signerIndex]!,
    certificates,
    signatureAlgorithm,
    ...readXades(signature, signatureValue, referenced),
  };
}

function findSigner(certificates: Certificate[], algorithm: string, signed: Uint8Array, signature: Uint8Array, uri: string): number {
  let allUnsupported = true;
  for (const [index, certificate] of certificates.entries()) {
    const result = checkSignature(algorithm, signed, signature, certificate);
    if (result === 'valid') return index;
    if (result !== 'unsupported') allUnsupported = false;
  }
  if (allUnsupported) throw unsupported(`signature method ${uri}`);
  throw new XmlCheckFailure('SIG_BAD_SIGNATURE', 'the SignatureValue does not verify with the KeyInfo certificate');
}

function readCertificates(signature: Element): Certificate[] {
  const keyInfo = requiredChild(signature, dsNamespace, 'KeyInfo');
  const encoded = childElements(keyInfo, dsNamespace, 'X509Data').flatMap((data) => childElements(data, dsNamespace, 'X509Certificate'));
  if (encoded.length === 0) throw malformed('KeyInfo has no X509Certificate');
  if (encoded.length > 8) throw malformed('too many certificates in KeyInfo');
  return encoded.map((element) => parseCertificate(base64Bytes(textOf(element))));
}
