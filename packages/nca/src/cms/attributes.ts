import { childSpans, type DerNode, type DerSpan, readSpan, spanOid, spanRaw, spanValue } from '../asn1/der.ts';
import { hex, readTimeAt, stripLeadingZeros } from '../x509/certificate.ts';
import { algorithmOidAt, expectTag } from './asn1-helpers.ts';
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

export function readSignedAttributes(node: DerNode): SignedAttributes {
  return readSignedAttributesAt(node.raw, readSpan(node.raw, 0));
}

/** An Attribute located in its buffer: the values stay spans until something needs them. */
interface AttributeSpans {
  type: string;
  values: DerSpan[];
}

function attributeSpans(bytes: Uint8Array, node: DerSpan): AttributeSpans[] {
  const items = childSpans(bytes, node);
  if (items.length > maxAttributes) throw new CmsFormatError(`more than ${maxAttributes} attributes`);
  return items.map((item) => {
    expectTag(item, 0x30, 'Attribute');
    const parts = childSpans(bytes, item);
    const [type, values] = parts;
    if (!type || !values || parts.length !== 2) throw new CmsFormatError('an Attribute has two parts');
    expectTag(values, 0x31, 'attribute values');
    const items = childSpans(bytes, values);
    if (items.length > maxAttributeValues)
      throw new CmsFormatError(`an attribute has more than ${maxAttributeValues} values`);
    return { type: spanOid(bytes, type), values: items };
  });
}

/** readAttributes for the span `node` of `bytes` (the [1] unsigned attributes of a SignerInfo). */
export function readAttributesAt(bytes: Uint8Array, node: DerSpan): Attribute[] {
  return attributeSpans(bytes, node).map(({ type, values }) => ({
    type,
    values: values.map((value) => spanRaw(bytes, value)),
  }));
}

/** readSignedAttributes for the span `node` of `bytes` (the [0] signed attributes of a SignerInfo). */
export function readSignedAttributesAt(bytes: Uint8Array, node: DerSpan): SignedAttributes {
  const spans = attributeSpans(bytes, node);
  // A copy: retagging a view would change the caller's bytes (a second read of the same CMS would
  // then fail). Made in Buffer's pool: a Uint8Array of more than 64 bytes gets memory of its own
  // outside the heap, which costs several times the copy (the signed attributes run to a few
  // hundred bytes); the copy is a view of the pool's memory, which every reader of it respects.
  const der = Buffer.allocUnsafe(node.end - node.start);
  der.set(bytes.subarray(node.start, node.end));
  der[0] = 0x31;
  const attributes: SignedAttributes = new ReadSignedAttributes(der, bytes, spans);
  const seen: string[] = [];
  for (const attribute of spans) {
    // RFC 5652 §5.3 and §11: these attributes appear once, with exactly one value.
    if (seen.includes(attribute.type)) throw new CmsFormatError(`attribute ${attribute.type} appears twice`);
    seen.push(attribute.type);
    switch (attribute.type) {
      case oid.contentType:
        attributes.contentType = spanOid(bytes, singleValue(attribute));
        break;
      case oid.messageDigest: {
        const value = singleValue(attribute);
        expectTag(value, 0x04, 'messageDigest');
        attributes.messageDigest = spanValue(bytes, value);
        break;
      }
      case oid.signingTime: {
        const value = singleValue(attribute);
        attributes.signingTime = readTimeAt(value.tag, bytes, value.contents, value.end);
        break;
      }
      case oid.signingCertificate:
        attributes.signingCertificate = readSigningCertificate(bytes, singleValue(attribute), 1);
        break;
      case oid.signingCertificateV2:
        attributes.signingCertificate = readSigningCertificate(bytes, singleValue(attribute), 2);
        break;
    }
  }
  return attributes;
}

/**
 * The signed attributes as read: `all` (views of every value, which the verification never looks
 * at) is made only when asked for.
 */
class ReadSignedAttributes implements SignedAttributes {
  declare contentType?: string;
  declare messageDigest?: Uint8Array;
  declare signingTime?: Date;
  declare signingCertificate?: SigningCertificate;
  readonly der: Uint8Array;
  readonly #bytes: Uint8Array;
  readonly #spans: AttributeSpans[];
  #all: Attribute[] | undefined = undefined;

  constructor(der: Uint8Array, bytes: Uint8Array, spans: AttributeSpans[]) {
    this.der = der;
    this.#bytes = bytes;
    this.#spans = spans;
  }

  get all(): Attribute[] {
    const bytes = this.#bytes;
    this.#all ??= this.#spans.map(({ type, values }) => ({
      type,
      values: values.map((value) => spanRaw(bytes, value)),
    }));
    return this.#all;
  }
}

function singleValue(attribute: AttributeSpans): DerSpan {
  if (attribute.values.length !== 1) throw new CmsFormatError(`attribute ${attribute.type} must have one value`);
  return attribute.values[0]!;
}

/** SigningCertificate ::= SEQUENCE { certs SEQUENCE OF ESSCertID, policies … } (RFC 2634 §5.4, RFC 5035 §3). */
function readSigningCertificate(bytes: Uint8Array, node: DerSpan, version: 1 | 2): SigningCertificate {
  expectTag(node, 0x30, 'SigningCertificate');
  const [certs] = childSpans(bytes, node);
  expectTag(certs!, 0x30, 'SigningCertificate certs');
  return {
    version,
    certs: childSpans(bytes, certs!).map((essCertId) => {
      const fields = childSpans(bytes, essCertId);
      // ESSCertIDv2 starts with a hashAlgorithm that defaults to SHA-256; v1 always uses SHA-1.
      const hashAlgorithm =
        version === 2 && fields[0]?.tag === 0x30
          ? algorithmOidAt(bytes, fields.shift()!)
          : version === 2
            ? oid.sha256
            : oid.sha1;
      const [certHash, issuerSerial] = fields;
      expectTag(certHash!, 0x04, 'certHash');
      const serial = issuerSerial ? childSpans(bytes, issuerSerial)[1] : undefined;
      return {
        hashAlgorithm,
        certHash: spanValue(bytes, certHash!),
        ...(serial ? { serialNumber: hex(stripLeadingZeros(spanValue(bytes, serial))) } : {}),
      };
    }),
  };
}
