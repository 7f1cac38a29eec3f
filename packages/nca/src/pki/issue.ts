import { randomBytes } from 'node:crypto';
import { children, objectIdentifier, readDer } from '../asn1/der.ts';
import {
  algorithm,
  bitString,
  contextConstructed,
  integer,
  sequence,
  time,
  unsignedInteger,
} from '../asn1/der-writer.ts';
import type { RevocationReason } from '../x509/crl.ts';
import type { KeyPurpose, SignerRole } from '../x509/nca-profile.ts';
import { oids } from './algorithms.ts';
import { issuerFields, keyIdentifier } from './certificate-fields.ts';
import {
  authorityInformationAccess,
  authorityKeyIdentifier,
  basicConstraints,
  certificatePolicies,
  crlDistributionPoints,
  crlNumber,
  extendedKeyUsage,
  type KeyUsageBit,
  keyUsage,
  purposeOids,
  reasonCode,
  roleOids,
  subjectKeyIdentifier,
} from './extensions.ts';
import { type PrivateKey, publicKeyInfo, signatureAlgorithmOid, signRaw } from './keys.ts';
import { encodeName, type SubjectName } from './name.ts';

/**
 * Issues certificates and CRLs shaped like NCA RK's, signed by a key of any of the three
 * families, so that tests, the test PKI and demos exercise the verifier on realistic input
 * without NCA's own (expired, non-check-digit) test material.
 */
export interface IssueCertificateInput {
  subject: SubjectName;
  /** The key certified: a private key or its SubjectPublicKeyInfo DER. Defaults to issuerKey (self-signed). */
  subjectKey?: PrivateKey | Uint8Array;
  issuerKey: PrivateKey;
  /** DER of the issuer's certificate; absent for a self-signed root. */
  issuerCertificate?: Uint8Array;
  /** Upper-case hex, as Certificate.serialNumber reads it; random 16 bytes when absent. */
  serialNumber?: string;
  notBefore: Date;
  notAfter: Date;
  /** An end-entity key is either for log-in (clientAuth) or for signing (emailProtection). */
  keyPurpose?: KeyPurpose;
  roles?: SignerRole[];
  /** Makes a CA certificate: basicConstraints cA, keyCertSign and cRLSign. */
  ca?: { pathLength?: number };
  /** Overrides the key usage chosen from keyPurpose / ca. */
  keyUsage?: KeyUsageBit[];
  policies?: string[];
  crlUrls?: string[];
  ocspUrl?: string;
  caIssuersUrl?: string;
}

export function issueCertificate(input: IssueCertificateInput): Uint8Array {
  if (input.notAfter <= input.notBefore) throw new RangeError('notAfter must be after notBefore');
  if (input.ca && input.keyPurpose) throw new RangeError('a CA certificate has no end-entity key purpose');
  const subjectKey = input.subjectKey ?? input.issuerKey;
  if (!input.issuerCertificate && subjectKey !== input.issuerKey)
    throw new RangeError('a self-signed certificate certifies the issuer key');
  const spki = subjectKey instanceof Uint8Array ? subjectKey : publicKeyInfo(subjectKey);
  const subjectName = encodeName(input.subject);
  const ownId = keyIdentifier(spki);
  const issuer = input.issuerCertificate
    ? issuerFields(input.issuerCertificate)
    : { subjectName, keyIdentifier: ownId };

  const signatureAlgorithm = algorithm(signatureAlgorithmOid(input.issuerKey.algorithm));
  const tbs = sequence(
    contextConstructed(0, integer(2)),
    unsignedInteger(serialBytes(input.serialNumber)),
    signatureAlgorithm,
    issuer.subjectName,
    sequence(time(input.notBefore), time(input.notAfter)),
    subjectName,
    spki,
    contextConstructed(3, sequence(...certificateExtensions(input, spki, ownId, issuer.keyIdentifier))),
  );
  return sequence(tbs, signatureAlgorithm, bitString(signRaw(input.issuerKey, tbs)));
}

// The order of the real NCA certificates: usages first, then identifiers, policies and locations.
function certificateExtensions(
  input: IssueCertificateInput,
  spki: Uint8Array,
  ownId: Uint8Array,
  authorityId: Uint8Array,
): Uint8Array[] {
  const list = [keyUsage(input.keyUsage ?? defaultKeyUsage(input, spki))];
  const ekus = [
    ...(input.keyPurpose ? [purposeOids[input.keyPurpose]] : []),
    ...(input.roles ?? []).map((role) => roleOids[role]),
  ];
  if (ekus.length > 0) list.push(extendedKeyUsage(ekus));
  if (input.ca) list.push(basicConstraints(true, input.ca.pathLength));
  list.push(authorityKeyIdentifier(authorityId), subjectKeyIdentifier(ownId));
  if (input.policies?.length) list.push(certificatePolicies(input.policies));
  if (input.crlUrls?.length) list.push(crlDistributionPoints(input.crlUrls));
  if (input.ocspUrl || input.caIssuersUrl)
    list.push(authorityInformationAccess({ ocsp: input.ocspUrl, caIssuers: input.caIssuersUrl }));
  return list;
}

function defaultKeyUsage(input: IssueCertificateInput, spki: Uint8Array): KeyUsageBit[] {
  if (input.ca) return ['digitalSignature', 'keyCertSign', 'cRLSign'];
  if (input.keyPurpose === 'sign') return ['digitalSignature', 'nonRepudiation'];
  // NCA authentication keys also serve key exchange: key transport for RSA, agreement for GOST.
  const isRsa = objectIdentifier(children(children(readDer(spki))[0]!)[0]!) === oids.rsaEncryption;
  return ['digitalSignature', isRsa ? 'keyEncipherment' : 'keyAgreement'];
}

function serialBytes(serial: string | undefined): Uint8Array {
  if (serial === undefined) {
    const bytes = randomBytes(16);
    // Positive and without a leading zero octet, so the hex form reads back unchanged.
    bytes[0] = (bytes[0]! & 0x7f) | 0x01;
    return bytes;
  }
  if (!/^[0-9A-F]{1,40}$/i.test(serial)) throw new RangeError('serial number must be 1 to 40 hex digits');
  return Uint8Array.from(Buffer.from(serial.length % 2 ? `0${serial}` : serial, 'hex'));
}

export interface RevokedEntry {
  /** Upper-case hex, as Certificate.serialNumber reads it. */
  serialNumber: string;
  revokedAt: Date;
  reason?: RevocationReason;
}

export interface IssueCrlInput {
  issuerKey: PrivateKey;
  issuerCertificate: Uint8Array;
  thisUpdate: Date;
  nextUpdate?: Date;
  crlNumber?: bigint;
  revoked?: RevokedEntry[];
}

/** A v2 CRL (RFC 5280 §5) with reason codes, the issuer's key identifier and a CRL number. */
export function issueCrl(input: IssueCrlInput): Uint8Array {
  if (input.nextUpdate && input.nextUpdate <= input.thisUpdate)
    throw new RangeError('nextUpdate must be after thisUpdate');
  const issuer = issuerFields(input.issuerCertificate);
  const signatureAlgorithm = algorithm(signatureAlgorithmOid(input.issuerKey.algorithm));
  const entries = (input.revoked ?? []).map((entry) =>
    sequence(
      unsignedInteger(serialBytes(entry.serialNumber)),
      time(entry.revokedAt),
      ...(entry.reason ? [sequence(reasonCode(entry.reason))] : []),
    ),
  );
  const tbs = sequence(
    integer(1),
    signatureAlgorithm,
    issuer.subjectName,
    time(input.thisUpdate),
    ...(input.nextUpdate ? [time(input.nextUpdate)] : []),
    ...(entries.length ? [sequence(...entries)] : []),
    contextConstructed(0, sequence(authorityKeyIdentifier(issuer.keyIdentifier), crlNumber(input.crlNumber ?? 1n))),
  );
  return sequence(tbs, signatureAlgorithm, bitString(signRaw(input.issuerKey, tbs)));
}
