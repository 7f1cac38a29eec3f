import { bitStringBytes, children, DerError, type DerNode, objectIdentifier, readDer } from '../asn1/der.ts';
import {
  hex,
  type NameAttribute,
  readAuthorityKeyIdentifier,
  readExtensions,
  readName,
  readTime,
  stripLeadingZeros,
} from './certificate.ts';

/** A certificate revocation list (RFC 5280 §5), read far enough to check its signature and look serials up. */
export interface Crl {
  tbs: Uint8Array;
  issuer: NameAttribute[];
  thisUpdate: Date;
  nextUpdate: Date | null;
  signatureAlgorithm: string;
  signature: Uint8Array;
  /** Revoked serial numbers (upper-case hex, no leading zeros) → when and why. */
  revoked: Map<string, Revocation>;
  /** The whole CRL as read. */
  raw: Uint8Array;
  /** Upper-case hex keyIdentifier of the CRL's authorityKeyIdentifier extension, null when absent. */
  authorityKeyIdentifier: string | null;
  /** cRLNumber as a decimal string, null when absent. */
  crlNumber: string | null;
}

export interface Revocation {
  revokedAt: Date;
  reason: RevocationReason | null;
}

// RFC 5280 §5.3.1 CRLReason; value 7 is not used.
const reasons = [
  'unspecified',
  'keyCompromise',
  'cACompromise',
  'affiliationChanged',
  'superseded',
  'cessationOfOperation',
  'certificateHold',
  null,
  'removeFromCRL',
  'privilegeWithdrawn',
  'aACompromise',
] as const;
export type RevocationReason = Exclude<(typeof reasons)[number], null>;

/** The CRLReason name of an ENUMERATED value (OCSP's RevokedInfo uses the same codes). */
export function reasonName(code: number): RevocationReason | null {
  return reasons[code] ?? null;
}

/** The CRLReason value of a name, for writing CRLs and OCSP responses. */
export function reasonCode(reason: RevocationReason): number {
  return reasons.indexOf(reason);
}

const reasonCodeOid = '2.5.29.21';
const authorityKeyIdentifierOid = '2.5.29.35';
const crlNumberOid = '2.5.29.20';
const isTime = (node: DerNode | undefined) => node !== undefined && (node.tag === 0x17 || node.tag === 0x18);

export function parseCrl(der: Uint8Array): Crl {
  const [tbs, signatureAlgorithm, signature] = children(readDer(der));
  if (!tbs || !signatureAlgorithm || !signature) throw new DerError('a CRL has three parts');
  const fields = children(tbs);
  let index = fields[0]?.tag === 0x02 ? 1 : 0; // optional version
  index++; // the inner signature AlgorithmIdentifier repeats the outer one
  const issuer = fields[index++];
  const thisUpdate = fields[index++];
  if (!issuer || !isTime(thisUpdate)) throw new DerError('tbsCertList is incomplete');
  const nextUpdate = isTime(fields[index]) ? fields[index++]! : null;
  const list = fields[index]?.tag === 0x30 ? fields[index] : undefined;
  const crlExtensions = readExtensions(fields.find((f) => f.tag === 0xa0)); // crlExtensions [0] EXPLICIT
  const revoked = new Map<string, Revocation>();
  for (const entry of list ? children(list) : []) {
    const [serial, date, extensions] = children(entry);
    if (serial?.tag !== 0x02 || !isTime(date)) throw new DerError('bad revoked-certificate entry');
    revoked.set(hex(stripLeadingZeros(serial.value)), { revokedAt: readTime(date!), reason: readReason(extensions) });
  }
  return {
    tbs: tbs.raw,
    issuer: readName(issuer),
    thisUpdate: readTime(thisUpdate!),
    nextUpdate: nextUpdate ? readTime(nextUpdate) : null,
    signatureAlgorithm: objectIdentifier(children(signatureAlgorithm)[0]!),
    signature: bitStringBytes(signature),
    revoked,
    raw: der,
    authorityKeyIdentifier: readAuthorityKeyIdentifier(crlExtensions.get(authorityKeyIdentifierOid)),
    crlNumber: readCrlNumber(crlExtensions.get(crlNumberOid)),
  };
}

function readCrlNumber(value: Uint8Array | undefined): string | null {
  if (!value) return null;
  const node = readDer(value);
  return node.tag === 0x02 ? BigInt(`0x${hex(node.value) || '0'}`).toString() : null;
}

function readReason(extensions: DerNode | undefined): RevocationReason | null {
  if (!extensions) return null;
  for (const extension of children(extensions)) {
    const parts = children(extension);
    if (objectIdentifier(parts[0]!) !== reasonCodeOid) continue;
    const enumerated = readDer(parts.at(-1)!.value);
    return reasons[enumerated.value[0] ?? 0] ?? null;
  }
  return null;
}
