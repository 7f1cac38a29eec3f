/**
 * A minimal DER writer: the mirror of der.ts, for what Shekara itself produces (test certificates,
 * CRLs, OCSP requests and responses, CMS, PKCS#12, delivery receipts). Each function returns the
 * whole encoded element; compose them by nesting.
 */

export function tlv(tag: number, ...contents: Uint8Array[]): Uint8Array {
  const length = contents.reduce((sum, part) => sum + part.length, 0);
  const header = lengthOctets(length);
  const out = new Uint8Array(1 + header.length + length);
  out[0] = tag;
  out.set(header, 1);
  let offset = 1 + header.length;
  for (const part of contents) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

function lengthOctets(length: number): Uint8Array {
  if (length < 0x80) return Uint8Array.of(length);
  const octets: number[] = [];
  for (let rest = length; rest > 0; rest = Math.floor(rest / 256)) octets.unshift(rest % 256);
  return Uint8Array.of(0x80 | octets.length, ...octets);
}

export const sequence = (...items: Uint8Array[]) => tlv(0x30, ...items);

/** SET OF, with its elements sorted as DER requires (X.690 §11.6). */
export function setOf(...items: Uint8Array[]): Uint8Array {
  return tlv(0x31, ...[...items].sort(compareBytes));
}

/** [n] EXPLICIT, or IMPLICIT of a constructed type: the context tag wraps the contents. */
export const contextConstructed = (n: number, ...items: Uint8Array[]) => tlv(0xa0 | n, ...items);
/** [n] IMPLICIT of a primitive type. */
export const contextPrimitive = (n: number, value: Uint8Array) => tlv(0x80 | n, value);

export const nullValue = () => Uint8Array.of(0x05, 0x00);
export const octetString = (value: Uint8Array) => tlv(0x04, value);
export const bitString = (value: Uint8Array) => tlv(0x03, Uint8Array.of(0), value);
export const utf8String = (text: string) => tlv(0x0c, new TextEncoder().encode(text));
export const printableString = (text: string) => tlv(0x13, Buffer.from(text, 'latin1'));
export const boolean = (value: boolean) => Uint8Array.of(0x01, 0x01, value ? 0xff : 0x00);
export const enumerated = (value: number) => tlv(0x0a, integerContents(BigInt(value)));

/** INTEGER from a bigint or number (two's complement, minimal). */
export const integer = (value: bigint | number) => tlv(0x02, integerContents(BigInt(value)));

/** INTEGER from unsigned big-endian bytes, such as a serial number. */
export function unsignedInteger(bytes: Uint8Array): Uint8Array {
  let start = 0;
  while (start < bytes.length - 1 && bytes[start] === 0) start++;
  const body = bytes.subarray(start);
  return body.length > 0 && body[0]! & 0x80
    ? tlv(0x02, Uint8Array.of(0), body)
    : tlv(0x02, body.length ? body : Uint8Array.of(0));
}

function integerContents(value: bigint): Uint8Array {
  if (value === 0n) return Uint8Array.of(0);
  const octets: number[] = [];
  let rest = value;
  while (rest !== 0n && rest !== -1n) {
    octets.unshift(Number(rest & 0xffn));
    rest >>= 8n;
  }
  if (value > 0n && octets[0]! & 0x80) octets.unshift(0);
  if (value < 0n && !(octets[0]! & 0x80)) octets.unshift(0xff);
  return Uint8Array.from(octets);
}

export function objectId(oid: string): Uint8Array {
  const arcs = oid.split('.').map((arc) => {
    if (!/^\d+$/.test(arc)) throw new Error(`bad OID ${oid}`);
    return Number(arc);
  });
  if (arcs.length < 2) throw new Error(`bad OID ${oid}`);
  const octets: number[] = [];
  for (const arc of [arcs[0]! * 40 + arcs[1]!, ...arcs.slice(2)]) {
    const base128 = [arc & 0x7f];
    for (let rest = Math.floor(arc / 128); rest > 0; rest = Math.floor(rest / 128))
      base128.unshift((rest & 0x7f) | 0x80);
    octets.push(...base128);
  }
  return tlv(0x06, Uint8Array.from(octets));
}

/** UTCTime for years 1950–2049, GeneralizedTime otherwise (RFC 5280 §4.1.2.5). */
export function time(date: Date): Uint8Array {
  const iso = date.toISOString();
  const digits = iso.slice(0, 19).replace(/[-:T]/g, '');
  const year = date.getUTCFullYear();
  return year >= 1950 && year < 2050 ? tlv(0x17, Buffer.from(`${digits.slice(2)}Z`, 'latin1')) : generalizedTime(date);
}

export function generalizedTime(date: Date): Uint8Array {
  const digits = date.toISOString().slice(0, 19).replace(/[-:T]/g, '');
  return tlv(0x18, Buffer.from(`${digits}Z`, 'latin1'));
}

/** AlgorithmIdentifier with an explicit NULL parameter (as NCA writes for RSA and GOST signatures) or none. */
export function algorithm(oid: string, parameters: Uint8Array | null = nullValue()): Uint8Array {
  return parameters ? sequence(objectId(oid), parameters) : sequence(objectId(oid));
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}
