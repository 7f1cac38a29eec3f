import { childSpans, DerError, type DerSpan, readDer, readSpan, spanOid, spanRaw, spanValue } from '../asn1/der.ts';
import { type Certificate, hex, type NameAttribute, readName, stripLeadingZeros } from '../x509/certificate.ts';
import { parseCertificateCached } from '../x509/certificate-cache.ts';
import { algorithmOidAt, expectTag, smallIntegerAt } from './asn1-helpers.ts';
import { type Attribute, readAttributesAt, readSignedAttributesAt, type SignedAttributes } from './attributes.ts';
import { berToDer } from './ber.ts';
import { CmsFormatError } from './errors.ts';
import { oid } from './oids.ts';

/** A CMS SignedData (RFC 5652 §5), read far enough to verify its signers. */
export interface SignedData {
  version: number;
  digestAlgorithms: string[];
  /** eContentType: id-data for documents, id-ct-TSTInfo for time-stamp tokens. */
  contentType: string;
  /** The encapsulated content, or null for a detached signature. */
  content: Uint8Array | null;
  certificates: Certificate[];
  /** Embedded certificates that could not be read (unusual string types, attribute certificates…). */
  unreadableCertificates: number;
  signers: SignerInfo[];
}

export type SignerIdentifier =
  | { kind: 'issuerAndSerialNumber' /** DER of the issuer Name. */; issuerRaw: Uint8Array; serialNumber: string }
  | { kind: 'subjectKeyIdentifier'; keyIdentifier: Uint8Array };

export interface SignerInfo {
  version: number;
  sid: SignerIdentifier;
  digestAlgorithm: string;
  signedAttributes: SignedAttributes | null;
  /** As written in the SignerInfo: a signature OID, or a key OID such as rsaEncryption. */
  signatureAlgorithm: string;
  /** DER of the AlgorithmIdentifier parameters, if any (RSA-PSS needs them). */
  signatureParameters: Uint8Array | null;
  signature: Uint8Array;
  unsignedAttributes: Attribute[];
  /** Values of the unsigned signatureTimeStampToken attribute (CAdES-T): each a CMS ContentInfo. */
  timestampTokens: Uint8Array[];
}

export interface ParseLimits {
  /** Largest input accepted, in bytes. */
  maxBytes?: number;
}

// Bounds on the work hostile input can cause. A declaration with attachments stays far below
// 64 MiB; real CMS carries one to a few signers, a chain of two or three certificates and one
// time-stamp per signer. Each signer and token costs a signature verification (milliseconds for
// GOST), so their numbers are what bound the time spent.
export const defaultMaxBytes = 64 * 1024 * 1024;
export const maxSigners = 8;
const maxCertificates = 64;
export const maxTimestampTokens = 2;

/** Parses a CMS ContentInfo holding SignedData. Throws CmsFormatError on anything else. */
export function parseSignedData(input: Uint8Array, limits: ParseLimits = {}): SignedData {
  const maxBytes = limits.maxBytes ?? defaultMaxBytes;
  if (input.length > maxBytes) throw new CmsFormatError(`CMS larger than ${maxBytes} bytes`);
  try {
    // Almost every CMS is DER already: read it directly, and re-encode only what the DER reader refuses.
    try {
      return readContentInfo(input);
    } catch {
      return readContentInfo(berToDer(input));
    }
  } catch (error) {
    if (error instanceof CmsFormatError) throw error;
    if (error instanceof DerError) throw new CmsFormatError(error.message);
    // A structural surprise (a missing element read as undefined) is malformed input too.
    if (error instanceof TypeError || error instanceof RangeError)
      throw new CmsFormatError(`unreadable CMS: ${error.message}`);
    throw error;
  }
}

// The readers below walk offsets (DerSpan) rather than DerNode views: a CMS is read on every
// request, and only the few elements kept (content, certificates, signature, signed attributes)
// need views of their own.

function readContentInfo(der: Uint8Array): SignedData {
  const root = readSpan(der, 0);
  expectTag(root, 0x30, 'ContentInfo');
  const parts = childSpans(der, root);
  const [type, explicit] = parts;
  if (!type || !explicit || parts.length !== 2) throw new CmsFormatError('ContentInfo has two parts');
  const contentType = spanOid(der, type);
  if (contentType !== oid.signedData) throw new CmsFormatError(`content type ${contentType} is not SignedData`);
  expectTag(explicit, 0xa0, 'ContentInfo content');
  const inner = childSpans(der, explicit);
  const signedData = inner[0];
  if (!signedData || inner.length !== 1) throw new CmsFormatError('ContentInfo content holds one SignedData');
  return readSignedData(der, signedData);
}

function readSignedData(der: Uint8Array, node: DerSpan): SignedData {
  expectTag(node, 0x30, 'SignedData');
  const parts = childSpans(der, node);
  const [version, digestAlgorithms, encapsulated] = parts;
  if (!version || !digestAlgorithms || !encapsulated) throw new CmsFormatError('SignedData is incomplete');
  let index = 3;
  let certificates: DerSpan[] = [];
  if (parts[index]?.tag === 0xa0) certificates = childSpans(der, parts[index++]!);
  if (parts[index]?.tag === 0xa1) index++; // CRLs: revocation is checked elsewhere.
  const signerInfos = parts[index++];
  if (!signerInfos || index !== parts.length) throw new CmsFormatError('SignedData has unexpected fields');
  expectTag(digestAlgorithms, 0x31, 'digestAlgorithms');
  expectTag(signerInfos, 0x31, 'signerInfos');

  const { contentType, content } = readEncapsulated(der, encapsulated);
  if (certificates.length > maxCertificates) throw new CmsFormatError(`more than ${maxCertificates} certificates`);
  const signerNodes = childSpans(der, signerInfos);
  if (signerNodes.length > maxSigners) throw new CmsFormatError(`more than ${maxSigners} signers`);
  const parsed: Certificate[] = [];
  let unreadable = 0;
  for (const certificate of certificates) {
    // Only plain X.509 certificates (SEQUENCE) can name a signer; other CertificateChoices are skipped.
    if (certificate.tag !== 0x30) {
      unreadable++;
      continue;
    }
    try {
      parsed.push(parseCertificateCached(spanRaw(der, certificate)));
    } catch {
      unreadable++;
    }
  }
  return {
    version: smallIntegerAt(der, version),
    digestAlgorithms: childSpans(der, digestAlgorithms).map((algorithm) => algorithmOidAt(der, algorithm)),
    contentType,
    content,
    certificates: parsed,
    unreadableCertificates: unreadable,
    signers: signerNodes.map((signer) => readSignerInfo(der, signer)),
  };
}

function readEncapsulated(der: Uint8Array, node: DerSpan): { contentType: string; content: Uint8Array | null } {
  expectTag(node, 0x30, 'EncapsulatedContentInfo');
  const parts = childSpans(der, node);
  const [type, explicit] = parts;
  if (!type || parts.length > 2) throw new CmsFormatError('EncapsulatedContentInfo is malformed');
  const contentType = spanOid(der, type);
  if (!explicit) return { contentType, content: null };
  expectTag(explicit, 0xa0, 'eContent');
  const inner = childSpans(der, explicit);
  const octets = inner[0];
  if (!octets || inner.length !== 1) throw new CmsFormatError('eContent holds one OCTET STRING');
  expectTag(octets, 0x04, 'eContent');
  return { contentType, content: spanValue(der, octets) };
}

function readSignerInfo(der: Uint8Array, node: DerSpan): SignerInfo {
  expectTag(node, 0x30, 'SignerInfo');
  const parts = childSpans(der, node);
  const [version, sid, digestAlgorithm] = parts;
  if (!version || !sid || !digestAlgorithm) throw new CmsFormatError('SignerInfo is incomplete');
  let index = 3;
  const signedNode = parts[index]?.tag === 0xa0 ? parts[index++] : undefined;
  const signatureAlgorithm = parts[index++];
  const signature = parts[index++];
  const unsignedNode = parts[index]?.tag === 0xa1 ? parts[index++] : undefined;
  if (!signatureAlgorithm || !signature || index !== parts.length)
    throw new CmsFormatError('SignerInfo has unexpected fields');
  expectTag(signature, 0x04, 'signature');
  expectTag(signatureAlgorithm, 0x30, 'signatureAlgorithm');
  const [algorithm, parameters] = childSpans(der, signatureAlgorithm);
  const unsignedAttributes = unsignedNode ? readAttributesAt(der, unsignedNode) : [];
  const timestampTokens = unsignedNode
    ? unsignedAttributes.filter((a) => a.type === oid.signatureTimeStampToken).flatMap((a) => a.values)
    : [];
  if (timestampTokens.length > maxTimestampTokens)
    throw new CmsFormatError(`a signer has more than ${maxTimestampTokens} time-stamp tokens`);
  return {
    version: smallIntegerAt(der, version),
    sid: readSignerIdentifier(der, sid),
    digestAlgorithm: algorithmOidAt(der, digestAlgorithm),
    signedAttributes: signedNode ? readSignedAttributesAt(der, signedNode) : null,
    signatureAlgorithm: spanOid(der, algorithm!),
    signatureParameters: parameters && parameters.tag !== 0x05 ? spanRaw(der, parameters) : null,
    signature: spanValue(der, signature),
    unsignedAttributes,
    timestampTokens,
  };
}

/**
 * The issuer Name is kept as its DER: the signer's certificate is found by comparing those bytes
 * with the certificate's own issuer encoding (the usual case, as signers copy it), and the Name is
 * decoded only when they differ (signerIssuerName).
 */
function readSignerIdentifier(der: Uint8Array, node: DerSpan): SignerIdentifier {
  if (node.tag === 0x80) return { kind: 'subjectKeyIdentifier', keyIdentifier: spanValue(der, node) };
  expectTag(node, 0x30, 'SignerIdentifier');
  const parts = childSpans(der, node);
  const [issuer, serial] = parts;
  if (!issuer || !serial || parts.length !== 2) throw new CmsFormatError('IssuerAndSerialNumber has two parts');
  expectTag(serial, 0x02, 'serialNumber');
  expectTag(issuer, 0x30, 'issuer');
  return {
    kind: 'issuerAndSerialNumber',
    issuerRaw: spanRaw(der, issuer),
    serialNumber: hex(stripLeadingZeros(spanValue(der, serial))),
  };
}

/** The decoded issuer Name of an IssuerAndSerialNumber. Throws CmsFormatError on a malformed Name. */
export function signerIssuerName(sid: Extract<SignerIdentifier, { kind: 'issuerAndSerialNumber' }>): NameAttribute[] {
  try {
    return readName(readDer(sid.issuerRaw));
  } catch (error) {
    // Bad UTF-8 surfaces as a TypeError from TextDecoder: malformed input like any other.
    if (error instanceof DerError || error instanceof TypeError || error instanceof RangeError)
      throw new CmsFormatError(`unreadable signer issuer: ${error.message}`);
    throw error;
  }
}
