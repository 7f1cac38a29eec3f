import { children, objectIdentifier, readDer, type DerNode } from '../asn1/der.ts';
import { hex, readTime, stripLeadingZeros } from '../x509/certificate.ts';
import { algorithmOid, expectTag } from './asn1-helpers.ts';
import { CmsFormatError } from './errors.ts';
import { oid } from './oids.ts';

// RFC 5652 sets no limit; these are far above what any signer writes and keep hostile input cheap.
const maxAttributes = 32;
const maxAttributeValues = 16;

export interface Attribute {
  type: string;
  /** The DER of each value in the attribute's SET. */
  values: Uint8Array[];
}

export interface SignedAttributes {
  /** DER of the attributes re-tagged as SET OF (0x31): the bytes the signature covers (RFC 5652 §5.4). */
  der: Uint8Array;
  all: Attribute[];
  contentType?: string;
  messageDigest?: Uint8Array;
  signingTime?: Date;
  signingCertificate?: SigningCertificate;
}

/** ESS signingCertificate (v1, SHA-1 hashes) or signingCertificateV2 (hash algorithm named). */
export interface SigningCertificate {
  version: 1 | 2;
  certs: { hashAlgorithm: string; certHash: Uint8Array; serialNumber?: string }[];
}

export function readAttributes(node: DerNode): Attribute[] {
  const items = children(node);
  if (items.length > maxAttributes) throw new CmsFormatError(`more than ${maxAttributes} attributes`);
  return items.map((item) => {
    expectTag(item, 0x30, 'Attribute');
    const [type, values, ...rest] = children(item);
    if (!type || !values || rest.length) throw new CmsFormatError('an Attribute has two parts');
    expectTag(values, 0x31, 'attribute values');
    const items = children(values);
    if (items.length > maxAttributeValues) throw new CmsFormatError(`an attribute has more than ${maxAttributeValues} values`);
    return { type: objectIdentifier(type), values: items.map((value) => value.raw) };
  });
}

export function readSignedAttributes(node: DerNode): SignedAttributes {
  const all = readAttributes(node);
  const der = Uint8Array.from(node.raw);
  der[0] = 0x31;
  const attributes: SignedAttributes = { der, all };
  const seen = new Set<string>();
  for (const attribute of all) {
    // RFC 5652 §5.3 and §11: these attributes appear once, with exactly one value.
    if (seen.has(attribute.type)) throw new CmsFormatError(`attribute ${attribute.type} appears twice`);
    seen.add(attribute.type);
    const single = (): DerNode => {
      if (attribute.values.length !== 1) throw new CmsFormatError(`attribute ${attribute.type} must have one value`);
      return readDer(attribute.values[0]!);
    };
    switch (attribute.type) {
      case oid.contentType:
        attributes.contentType = objectIdentifier(single());
        break;
      case oid.messageDigest: {
        const value = single();
        expectTag(value, 0x04, 'messageDigest');
        attributes.messageDigest = value.value;
        break;
      }
      case oid.signingTime:
        attributes.signingTime = readTime(single());
        break;
      case oid.signingCertificate:
        attributes.signingCertificate = readSigningCertificate(single(), 1);
        break;
      case oid.signingCertificateV2:
        attributes.signingCertificate = readSigningCertificate(single(), 2);
        break;
    }
  }
  return attributes;
}

/** SigningCertificate ::= SEQUENCE { certs SEQUENCE OF ESSCertID, policies … } (RFC 2634 §5.4, RFC 5035 §3). */
function readSigningCertificate(node: DerNode, version: 1 | 2): SigningCertificate {
  expectTag(node, 0x30, 'SigningCertificate');
  const [certs] = children(node);
  expectTag(certs!, 0x30, 'SigningCertificate certs');
  return {
    version,
    certs: children(certs!).map((essCertId) => {
      const fields = children(essCertId);
      // ESSCertIDv2 starts with a hashAlgorithm that defaults to SHA-256; v1 always uses SHA-1.
      const hashAlgorithm = version === 2 && fields[0]?.tag === 0x30 ? algorithmOid(fields.shift()!) : version === 2 ? oid.sha256 : oid.sha1;
      const [certHash, issuerSerial] = fields;
      expectTag(certHash!, 0x04, 'certHash');
      const serial = issuerSerial ? children(issuerSerial)[1] : undefined;
      return { hashAlgorithm, certHash: certHash!.value, ...(serial ? { serialNumber: hex(stripLeadingZeros(serial.value)) } : {}) };
    }),
  };
}
