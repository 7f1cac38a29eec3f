import { bitStringBytes, children, DerError, type DerNode, objectIdentifier, readDer } from '../asn1/der.ts';

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
  /** The DER of the issuer and subject Names: OCSP hashes the issuer's subject exactly as encoded. */
  issuerRaw: Uint8Array;
  subjectRaw: Uint8Array;
  /** The subjectPublicKey BIT STRING's bits, as OCSP's issuerKeyHash covers them (RFC 6960 §4.1.1). */
  subjectPublicKeyBits: Uint8Array;
  /** Upper-case hex of the key identifiers, null when the extension is absent. */
  subjectKeyIdentifier: string | null;
  authorityKeyIdentifier: string | null;
  /** basicConstraints cA; null when the extension is absent (then nothing is claimed either way). */
  isCa: boolean | null;
  /** keyUsage bit names (RFC 5280 §4.2.1.3); null when the extension is absent. */
  keyUsage: KeyUsage[] | null;
  /** http(s) URLs of the CRL distribution points' full names. */
  crlDistributionPoints: string[];
  /** http(s) URLs of the authorityInfoAccess OCSP entries. */
  ocspUrls: string[];
}

export type KeyUsage =
  | 'digitalSignature'
  | 'nonRepudiation'
  | 'keyEncipherment'
  | 'dataEncipherment'
  | 'keyAgreement'
  | 'keyCertSign'
  | 'cRLSign'
  | 'encipherOnly'
  | 'decipherOnly';

export interface NameAttribute {
  oid: string;
  value: string;
}

const rsaEncryption = '1.2.840.113549.1.1.1';
const extensionOids = {
  subjectKeyIdentifier: '2.5.29.14',
  keyUsage: '2.5.29.15',
  basicConstraints: '2.5.29.19',
  crlDistributionPoints: '2.5.29.31',
  authorityKeyIdentifier: '2.5.29.35',
  extendedKeyUsage: '2.5.29.37',
  authorityInfoAccess: '1.3.6.1.5.5.7.1.1',
} as const;
const ocspAccessMethod = '1.3.6.1.5.5.7.48.1';
const keyUsageBits: KeyUsage[] = [
  'digitalSignature',
  'nonRepudiation',
  'keyEncipherment',
  'dataEncipherment',
  'keyAgreement',
  'keyCertSign',
  'cRLSign',
  'encipherOnly',
  'decipherOnly',
];

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
  const extensions = readExtensions(fields.find((f) => f.tag === 0xa3));
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
    extendedKeyUsage: readExtendedKeyUsage(extensions.get(extensionOids.extendedKeyUsage)),
    issuerRaw: issuer.raw,
    subjectRaw: subject.raw,
    subjectPublicKeyBits: keyBytes,
    subjectKeyIdentifier: readSubjectKeyIdentifier(extensions.get(extensionOids.subjectKeyIdentifier)),
    authorityKeyIdentifier: readAuthorityKeyIdentifier(extensions.get(extensionOids.authorityKeyIdentifier)),
    isCa: readBasicConstraints(extensions.get(extensionOids.basicConstraints)),
    keyUsage: readKeyUsage(extensions.get(extensionOids.keyUsage)),
    crlDistributionPoints: readDistributionPoints(extensions.get(extensionOids.crlDistributionPoints)),
    ocspUrls: readOcspUrls(extensions.get(extensionOids.authorityInfoAccess)),
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
  return readTimeAt(node.tag, node.value, 0, node.value.length);
}

/**
 * readTime of the element with identifier `tag` whose contents are bytes[start, end): for readers
 * that walk offsets (the signing time of every CMS) and make no views.
 */
export function readTimeAt(tag: number, bytes: Uint8Array, start: number, end: number): Date {
  // UTCTime YYMMDDHHMMSSZ or GeneralizedTime YYYYMMDDHHMMSSZ, read digit by digit: every signature
  // carries a signing time, and a copy plus a regular expression cost more than the parse.
  const yearDigits = tag === 0x17 ? 2 : tag === 0x18 ? 4 : 0;
  if (yearDigits === 0 || end - start !== yearDigits + 11 || bytes[end - 1] !== 0x5a)
    throw badTime(bytes.subarray(start, end));
  const y = decimal(bytes, start, yearDigits);
  const mo = decimal(bytes, start + yearDigits, 2);
  const d = decimal(bytes, start + yearDigits + 2, 2);
  const h = decimal(bytes, start + yearDigits + 4, 2);
  const mi = decimal(bytes, start + yearDigits + 6, 2);
  const s = decimal(bytes, start + yearDigits + 8, 2);
  if (y < 0 || mo < 0 || d < 0 || h < 0 || mi < 0 || s < 0) throw badTime(bytes.subarray(start, end));
  // RFC 5280 §4.1.2.5.1: two-digit years 50–99 are 19xx, 00–49 are 20xx.
  const year = tag === 0x17 ? (y >= 50 ? 1900 + y : 2000 + y) : y;
  return new Date(Date.UTC(year, mo - 1, d, h, mi, s));
}

/** The ASCII decimal number in bytes[offset, offset + count), or -1 if one of them is not a digit. */
function decimal(bytes: Uint8Array, offset: number, count: number): number {
  let value = 0;
  for (let i = offset; i < offset + count; i++) {
    const digit = bytes[i]! - 0x30;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

function badTime(bytes: Uint8Array): DerError {
  return new DerError(`bad time ${Buffer.from(bytes).toString('latin1')}`);
}

/** extnID → the extnValue's contents (the DER inside the OCTET STRING). */
export function readExtensions(extensionsField: DerNode | undefined): Map<string, Uint8Array> {
  const map = new Map<string, Uint8Array>();
  if (!extensionsField) return map;
  const [extensions] = children(extensionsField);
  for (const extension of children(extensions!)) {
    const parts = children(extension);
    map.set(objectIdentifier(parts[0]!), parts.at(-1)!.value);
  }
  return map;
}

function readExtendedKeyUsage(value: Uint8Array | undefined): string[] {
  return value ? children(readDer(value)).map(objectIdentifier) : [];
}

function readSubjectKeyIdentifier(value: Uint8Array | undefined): string | null {
  return value ? hex(readDer(value).value) : null;
}

/** AuthorityKeyIdentifier ::= SEQUENCE { keyIdentifier [0] IMPLICIT OCTET STRING OPTIONAL, … } */
export function readAuthorityKeyIdentifier(value: Uint8Array | undefined): string | null {
  if (!value) return null;
  const keyIdentifier = children(readDer(value)).find((part) => part.tag === 0x80);
  return keyIdentifier ? hex(keyIdentifier.value) : null;
}

/** BasicConstraints ::= SEQUENCE { cA BOOLEAN DEFAULT FALSE, pathLenConstraint INTEGER OPTIONAL } */
function readBasicConstraints(value: Uint8Array | undefined): boolean | null {
  if (!value) return null;
  const [first] = children(readDer(value));
  return first?.tag === 0x01 && first.value[0] !== 0;
}

function readKeyUsage(value: Uint8Array | undefined): KeyUsage[] | null {
  if (!value) return null;
  const node = readDer(value);
  if (node.tag !== 0x03 || node.value.length === 0) throw new DerError('keyUsage is not a BIT STRING');
  const bits = node.value.subarray(1); // the first octet counts unused bits, which are zero anyway
  return keyUsageBits.filter((_, index) => ((bits[index >> 3] ?? 0) & (0x80 >> (index & 7))) !== 0);
}

/** The uniformResourceIdentifier [6] names inside fullName [0] of each DistributionPoint. */
function readDistributionPoints(value: Uint8Array | undefined): string[] {
  if (!value) return [];
  const urls: string[] = [];
  for (const point of children(readDer(value))) {
    const name = children(point).find((part) => part.tag === 0xa0);
    const fullName = name ? children(name).find((part) => part.tag === 0xa0) : undefined;
    for (const general of fullName ? children(fullName) : []) if (general.tag === 0x86) urls.push(ia5(general.value));
  }
  return urls.filter(isHttpUrl);
}

function readOcspUrls(value: Uint8Array | undefined): string[] {
  if (!value) return [];
  const urls: string[] = [];
  for (const access of children(readDer(value))) {
    const [method, location] = children(access);
    if (method && location?.tag === 0x86 && objectIdentifier(method) === ocspAccessMethod)
      urls.push(ia5(location.value));
  }
  return urls.filter(isHttpUrl);
}

const ia5 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');
const isHttpUrl = (url: string) => /^https?:\/\//i.test(url);

export function stripLeadingZeros(bytes: Uint8Array): Uint8Array {
  let start = 0;
  while (start < bytes.length - 1 && bytes[start] === 0) start++;
  return bytes.subarray(start);
}

/** Upper-case hex. Serial numbers and key identifiers (up to a few dozen bytes, read on every verification) by a table, longer input through Buffer. */
export function hex(bytes: Uint8Array): string {
  if (bytes.length > 64) return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('hex').toUpperCase();
  let text = '';
  for (let i = 0; i < bytes.length; i++) text += hexPairs[bytes[i]!];
  return text;
}

const hexPairs = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0').toUpperCase());
