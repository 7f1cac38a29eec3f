import type { Element, Node } from '@xmldom/xmldom';
import type { Certificate } from '../x509/certificate.ts';
import { digestFor, dsNamespace, xadesNamespace } from './algorithms.ts';
import { c14nAlgorithms, c14nOptionsFor, canonicalBytes } from './c14n.ts';
import { base64Bytes, childElements, onlyChild, textOf } from './dom.ts';
import { malformed, unsupported, XmlCheckFailure } from './failure.ts';
import { inclusivePrefixes } from './references.ts';

/** What XAdES adds to a signer: the claimed signing time and the signature time-stamp (ETSI TS 101 903). */
export interface XadesProperties {
  signingTime?: Date;
  timestampToken?: Uint8Array;
  timestampImprintData?: Uint8Array;
}

/**
 * Reads the XAdES properties of one ds:Signature. SigningTime is reported only when its
 * SignedProperties was covered by a checked Reference: an unsigned claim is worth nothing.
 */
export function readXades(
  signature: Element,
  signatureValue: Element,
  referenced: ReadonlySet<Node>,
  signer: Certificate,
): XadesProperties {
  const properties: XadesProperties = {};
  const qualifying = childElements(signature, dsNamespace, 'Object').flatMap((object) =>
    childElements(object, xadesNamespace, 'QualifyingProperties'),
  );
  if (qualifying.length > 1) throw malformed('more than one QualifyingProperties');
  const root = qualifying[0];
  if (!root) return properties;

  const signed = onlyChild(root, xadesNamespace, 'SignedProperties');
  const signedSignature =
    signed && referenced.has(signed) ? onlyChild(signed, xadesNamespace, 'SignedSignatureProperties') : null;
  if (signedSignature) checkSigningCertificate(signedSignature, signer);
  const signingTime = signedSignature && onlyChild(signedSignature, xadesNamespace, 'SigningTime');
  if (signingTime) properties.signingTime = readDateTime(textOf(signingTime));

  const unsignedSignature = (() => {
    const unsigned = onlyChild(root, xadesNamespace, 'UnsignedProperties');
    return unsigned && onlyChild(unsigned, xadesNamespace, 'UnsignedSignatureProperties');
  })();
  const stamp = unsignedSignature
    ? childElements(unsignedSignature, xadesNamespace, 'SignatureTimeStamp')[0]
    : undefined;
  if (stamp) {
    const encapsulated = childElements(stamp, xadesNamespace, 'EncapsulatedTimeStamp')[0];
    if (!encapsulated) throw unsupported('a SignatureTimeStamp without an EncapsulatedTimeStamp');
    properties.timestampToken = base64Bytes(textOf(encapsulated));
    // XAdES 1.3.2 §7.3: the time-stamp covers ds:SignatureValue canonicalized by the stamp's own
    // method, inclusive C14N when it names none (NCALayer names exc-c14n).
    const method = onlyChild(stamp, dsNamespace, 'CanonicalizationMethod');
    const algorithm = method?.getAttribute('Algorithm') ?? c14nAlgorithms.inclusive;
    const options = c14nOptionsFor(algorithm);
    if (!options) throw unsupported(`time-stamp canonicalization ${algorithm}`);
    properties.timestampImprintData = canonicalBytes(signatureValue, {
      ...options,
      inclusivePrefixes: method && options.exclusive ? inclusivePrefixes(method) : [],
    });
  }
  return properties;
}

/**
 * The signed SigningCertificate(V2) binds the signature to one certificate, so that another
 * certificate for the same key cannot be put in KeyInfo. NCALayer writes V2 with a Streebog digest.
 */
function checkSigningCertificate(signedSignature: Element, signer: Certificate): void {
  const holders = [
    ...childElements(signedSignature, xadesNamespace, 'SigningCertificateV2'),
    ...childElements(signedSignature, xadesNamespace, 'SigningCertificate'),
  ];
  if (holders.length === 0) return;
  const certs = holders.flatMap((holder) => childElements(holder, xadesNamespace, 'Cert'));
  const names = certs.some((cert) => {
    const certDigest = onlyChild(cert, xadesNamespace, 'CertDigest');
    if (!certDigest) return false;
    const uri = onlyChild(certDigest, dsNamespace, 'DigestMethod')?.getAttribute('Algorithm') ?? '';
    const digest = digestFor(uri);
    if (!digest) throw unsupported(`certificate digest ${uri}`);
    const value = onlyChild(certDigest, dsNamespace, 'DigestValue');
    return value !== null && Buffer.from(digest(signer.raw)).equals(Buffer.from(base64Bytes(textOf(value))));
  });
  if (!names)
    throw new XmlCheckFailure(
      'SIG_BAD_SIGNATURE',
      'the signed SigningCertificate does not name the KeyInfo certificate',
    );
}

/** xs:dateTime; without a zone it is taken as UTC, which is what NCALayer writes anyway (it writes Z). */
function readDateTime(text: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/.exec(text);
  const date = match ? new Date(match[8] ? text : `${text}Z`) : null;
  if (!date || Number.isNaN(date.getTime())) throw malformed(`bad SigningTime ${JSON.stringify(text)}`);
  return date;
}
