import {
  boolean,
  contextConstructed,
  contextPrimitive,
  enumerated,
  integer,
  objectId,
  octetString,
  sequence,
  tlv,
} from '../asn1/der-writer.ts';
import type { KeyUsage } from '../x509/certificate.ts';
import type { RevocationReason } from '../x509/crl.ts';
import type { KeyPurpose, SignerRole } from '../x509/nca-profile.ts';

/** X.509 extensions (RFC 5280 §4.2) in the shapes NCA RK certificates and CRLs use. */
export function extension(oid: string, critical: boolean, value: Uint8Array): Uint8Array {
  return critical
    ? sequence(objectId(oid), boolean(true), octetString(value))
    : sequence(objectId(oid), octetString(value));
}

/** The key usages Shekara writes (the reader's KeyUsage, less the two that only go with keyAgreement). */
export type KeyUsageBit = Exclude<KeyUsage, 'encipherOnly' | 'decipherOnly'>;
const keyUsageBits: Record<KeyUsageBit, number> = {
  digitalSignature: 0,
  nonRepudiation: 1,
  keyEncipherment: 2,
  dataEncipherment: 3,
  keyAgreement: 4,
  keyCertSign: 5,
  cRLSign: 6,
};

/** keyUsage, critical as NCA marks it; DER drops trailing zero bits and counts them as unused. */
export function keyUsage(usages: KeyUsageBit[]): Uint8Array {
  const bits = usages.map((usage) => keyUsageBits[usage]);
  if (bits.length === 0) throw new RangeError('keyUsage needs at least one bit');
  const highest = Math.max(...bits);
  const bytes = new Uint8Array(Math.floor(highest / 8) + 1);
  for (const bit of bits) bytes[bit >> 3]! |= 0x80 >> (bit & 7);
  return extension('2.5.29.15', true, tlv(0x03, Uint8Array.of(7 - (highest % 8)), bytes));
}

export const purposeOids: Record<KeyPurpose, string> = {
  auth: '1.3.6.1.5.5.7.3.2', // clientAuth: an authentication (log-in) key
  sign: '1.3.6.1.5.5.7.3.4', // emailProtection: a document-signing key
};

export const roleOids: Record<SignerRole, string> = {
  individual: '1.2.398.3.3.4.1.1',
  legal_entity: '1.2.398.3.3.4.1.2',
  head: '1.2.398.3.3.4.1.2.1',
  signer: '1.2.398.3.3.4.1.2.2',
  financial_signer: '1.2.398.3.3.4.1.2.3',
  hr: '1.2.398.3.3.4.1.2.4',
  employee: '1.2.398.3.3.4.1.2.5',
};

/** NCA carries both the key purpose and the holder's roles in extendedKeyUsage (not critical). */
export function extendedKeyUsage(oids: string[]): Uint8Array {
  return extension('2.5.29.37', false, sequence(...oids.map(objectId)));
}

export function basicConstraints(ca: boolean, pathLength?: number): Uint8Array {
  const items = ca ? [boolean(true), ...(pathLength === undefined ? [] : [integer(pathLength)])] : [];
  return extension('2.5.29.19', true, sequence(...items));
}

export const subjectKeyIdentifier = (id: Uint8Array) => extension('2.5.29.14', false, octetString(id));
export const authorityKeyIdentifier = (id: Uint8Array) =>
  extension('2.5.29.35', false, sequence(contextPrimitive(0, id)));

const uri = (url: string) => contextPrimitive(6, Buffer.from(url, 'latin1'));

/** cRLDistributionPoints with one fullName URI per point. */
export function crlDistributionPoints(urls: string[]): Uint8Array {
  return extension(
    '2.5.29.31',
    false,
    sequence(...urls.map((url) => sequence(contextConstructed(0, contextConstructed(0, uri(url)))))),
  );
}

export function authorityInformationAccess(access: { ocsp?: string; caIssuers?: string }): Uint8Array {
  const descriptions: Uint8Array[] = [];
  if (access.ocsp) descriptions.push(sequence(objectId('1.3.6.1.5.5.7.48.1'), uri(access.ocsp)));
  if (access.caIssuers) descriptions.push(sequence(objectId('1.3.6.1.5.5.7.48.2'), uri(access.caIssuers)));
  return extension('1.3.6.1.5.5.7.1.1', false, sequence(...descriptions));
}

export function certificatePolicies(policyOids: string[]): Uint8Array {
  return extension('2.5.29.32', false, sequence(...policyOids.map((oid) => sequence(objectId(oid)))));
}

export const crlNumber = (value: bigint) => extension('2.5.29.20', false, integer(value));

// RFC 5280 §5.3.1 codes (7 is unused).
const reasonCodes: Record<RevocationReason, number> = {
  unspecified: 0,
  keyCompromise: 1,
  cACompromise: 2,
  affiliationChanged: 3,
  superseded: 4,
  cessationOfOperation: 5,
  certificateHold: 6,
  removeFromCRL: 8,
  privilegeWithdrawn: 9,
  aACompromise: 10,
};

export const reasonCode = (reason: RevocationReason) => extension('2.5.29.21', false, enumerated(reasonCodes[reason]));
