import { bitStringBytes, children, DerError, objectIdentifier, readDer, type DerNode } from '../asn1/der.ts';

/** An X.509 certificate read just far enough to check signatures and apply the NCA profile. */
export interface Certificate {
  raw: Uint8Array;
  /** The DER of tbsCertificate: what the issuer signed. */
  tbs: Uint8Array;
  /** Upper-case hex, without leading zero octets. */
  serialNumber: string;
  issuer: NameAttribute[];
  subject: NameAttribute[];
  notBefore: Date;
  notAfter: Date;
  publicKeyAlgorithm: string;
  /** GOST: the X‖Y octets; RSA: the whole SubjectPublicKeyInfo DER (what node:crypto takes). */
  publicKey: Uint8Array;
  signatureAlgorithm: string;
  signature: Uint8Array;
  extendedKeyUsage: string[];
}

export interface NameAttribute {
  oid: string;
  value: string;
}

const rsaEncryption = '1.2.840.113549.1.1.1';
const extendedKeyUsageOid = '2.5.29.37';

/** Parses a DER certificate; anything that is not one throws DerError. */
export function parseCertificate(der: Uint8Array): Certificate {
  const [tbs, signatureAlgorithm, signature] = children(readDer(der));
  if (!tbs || !signatureAlgorithm || !signature) throw new DerError('a certificate has three parts');
  const fields = children(tbs);
  const offset = fields[0]?.tag === 0xa0 ? 1 : 0;
  const [serial, , issuer, validity, subject, spki] = fields.slice(offset);
  if (!serial || !issuer || !validity || !subject || !spki) throw new DerError('tbsCertificate is incomplete');
  const [notBefore, notAfter] = children(validity);
  const [keyAlgorithm, keyBits] = children(spki);
  const publicKeyAlgorithm = objectIdentifier(children(keyAlgorithm!)[0]!);
  const keyBytes = bitStringBytes(keyBits!);
  return {
    raw: der,
    tbs: tbs.raw,
    serialNumber: hex(stripLeadingZeros(serial.value)),
    issuer: readName(issuer),
    subject: readName(subject),
    notBefore: readTime(notBefore!),
    notAfter: readTime(notAfter!),
    publicKeyAlgorithm,
    publicKey: publicKeyAlgorithm === rsaEncryption ? spki.raw : readDer(keyBytes).value,
    signatureAlgorithm: objectIdentifier(children(signatureAlgorithm)[0]!),
    signature: bitStringBytes(signature),
    extendedKeyUsage: readExtendedKeyUsage(fields.find((f) => f.tag === 0xa3)),
  };
}

export function readName(name: DerNode): NameAttribute[] {
  return children(name).flatMap((set) =>
    children(set).map((pair) => {
      const [oid, value] = children(pair);
      return { oid: objectIdentifier(oid!), value: readString(value!) };
    }),
  );
}

function readString(node: DerNode): string {
  switch (node.tag) {
    case 0x0c: // UTF8String
      return new TextDecoder('utf-8', { fatal: true }).decode(node.value);
    case 0x13: // PrintableString
    case 0x16: // IA5String
    case 0x14: // TeletexString, in practice Latin-1
      return Buffer.from(node.value).toString('latin1');
    case 0x1e: // BMPString: UTF-16 big-endian
      return Buffer.from(node.value).swap16().toString('utf16le');
    default:
      throw new DerError(`unsupported string type 0x${node.tag.toString(16)}`);
  }
}

export function readTime(node: DerNode): Date {
  const text = Buffer.from(node.value).toString('latin1');
  const match = node.tag === 0x17 ? /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/.exec(text) : /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/.exec(text);
  if (!match || (node.tag !== 0x17 && node.tag !== 0x18)) throw new DerError(`bad time ${text}`);
  const [, y, mo, d, h, mi, s] = match.map(Number) as number[];
  // RFC 5280 §4.1.2.5.1: two-digit years 50–99 are 19xx, 00–49 are 20xx.
  const year = node.tag === 0x17 ? (y! >= 50 ? 1900 + y! : 2000 + y!) : y!;
  return new Date(Date.UTC(year, mo! - 1, d!, h!, mi!, s!));
}

function readExtendedKeyUsage(extensionsField: DerNode | undefined): string[] {
  if (!extensionsField) return [];
  const [extensions] = children(extensionsField);
  for (const extension of children(extensions!)) {
    const parts = children(extension);
    if (objectIdentifier(parts[0]!) !== extendedKeyUsageOid) continue;
    return children(readDer(parts.at(-1)!.value)).map(objectIdentifier);
  }
  return [];
}

export function stripLeadingZeros(bytes: Uint8Array): Uint8Array {
  let start = 0;
  while (start < bytes.length - 1 && bytes[start] === 0) start++;
  return bytes.subarray(start);
}

export function hex(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('hex').toUpperCase();
}
