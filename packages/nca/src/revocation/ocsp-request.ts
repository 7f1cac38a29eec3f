import { createHash } from 'node:crypto';
import { children, DerError, type DerNode, objectIdentifier, readDer } from '../asn1/der.ts';
import { algorithm, contextConstructed, objectId, octetString, sequence, unsignedInteger } from '../asn1/der-writer.ts';
import { equalBytes } from '../bytes.ts';
import { type Certificate, hex, readExtensions, stripLeadingZeros } from '../x509/certificate.ts';

/** RFC 6960 §4.1.1 CertID: which certificate of which CA an OCSP request or answer is about. */
export interface CertId {
  /** OID of the hash over the issuer's name and key. */
  hashAlgorithm: string;
  issuerNameHash: Uint8Array;
  issuerKeyHash: Uint8Array;
  /** Upper-case hex, no leading zero octets, as Certificate.serialNumber. */
  serialNumber: string;
}

export type CertIdHash = 'sha256' | 'sha1';

const hashOids: Record<CertIdHash, string> = { sha1: '1.3.14.3.2.26', sha256: '2.16.840.1.101.3.4.2.1' };
const hashByOid = new Map(Object.entries(hashOids).map(([name, oid]) => [oid, name as CertIdHash]));
export const ocspNonceOid = '1.3.6.1.5.5.7.48.1.2';

/**
 * The CertID of certificate `serialNumber` issued by `issuer`. NCA's responders answer SHA-256
 * CertIDs; SHA-1 remains for responders that know nothing else.
 */
export function certIdFor(issuer: Certificate, serialNumber: string, hash: CertIdHash = 'sha256'): CertId {
  return {
    hashAlgorithm: hashOids[hash],
    issuerNameHash: digest(hash, issuer.subjectRaw),
    issuerKeyHash: digest(hash, issuer.subjectPublicKeyBits),
    serialNumber,
  };
}

/** Is `id` about certificate `serialNumber` of `issuer`? Recomputed with the id's own hash. */
export function certIdMatches(id: CertId, issuer: Certificate, serialNumber: string): boolean {
  const hash = hashByOid.get(id.hashAlgorithm);
  if (!hash) return false;
  const expected = certIdFor(issuer, serialNumber, hash);
  return (
    id.serialNumber === serialNumber &&
    equalBytes(id.issuerNameHash, expected.issuerNameHash) &&
    equalBytes(id.issuerKeyHash, expected.issuerKeyHash)
  );
}

export function encodeCertId(id: CertId): Uint8Array {
  return sequence(
    algorithm(id.hashAlgorithm),
    octetString(id.issuerNameHash),
    octetString(id.issuerKeyHash),
    unsignedInteger(Buffer.from(id.serialNumber, 'hex')),
  );
}

export function readCertId(node: DerNode): CertId {
  const [hashAlgorithm, nameHash, keyHash, serial] = children(node);
  if (!hashAlgorithm || nameHash?.tag !== 0x04 || keyHash?.tag !== 0x04 || serial?.tag !== 0x02)
    throw new DerError('bad CertID');
  return {
    hashAlgorithm: objectIdentifier(children(hashAlgorithm)[0]!),
    issuerNameHash: nameHash.value,
    issuerKeyHash: keyHash.value,
    serialNumber: hex(stripLeadingZeros(serial.value)),
  };
}

/**
 * An unsigned OCSPRequest (RFC 6960 §4.1.1) for `ids`, with a nonce extension (RFC 8954: the
 * extnValue holds an OCTET STRING of the nonce) so a replayed old answer cannot pass for a new one.
 */
export function buildOcspRequest(ids: CertId[], nonce: Uint8Array): Uint8Array {
  const requests = ids.map((id) => sequence(encodeCertId(id)));
  const nonceExtension = sequence(objectId(ocspNonceOid), octetString(octetString(nonce)));
  return sequence(sequence(sequence(...requests), contextConstructed(2, sequence(nonceExtension))));
}

export interface OcspRequest {
  ids: CertId[];
  /** The nonce extension's extnValue contents as sent (normally an OCTET STRING), null when absent. */
  nonce: Uint8Array | null;
}

/** Reads an OCSPRequest, as a responder does. */
export function parseOcspRequest(der: Uint8Array): OcspRequest {
  const [tbs] = children(readDer(der));
  if (!tbs) throw new DerError('an OCSPRequest holds a TBSRequest');
  const fields = children(tbs);
  const list = fields.find((field) => field.tag === 0x30);
  if (!list) throw new DerError('TBSRequest without a requestList');
  const ids = children(list).map((request) => readCertId(children(request)[0]!));
  const extensions = readExtensions(fields.find((field) => field.tag === 0xa2));
  return { ids, nonce: extensions.get(ocspNonceOid) ?? null };
}

function digest(hash: CertIdHash, data: Uint8Array): Uint8Array {
  return new Uint8Array(createHash(hash).update(data).digest());
}
