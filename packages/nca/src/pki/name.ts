import { objectId, printableString, sequence, setOf, utf8String } from '../asn1/der-writer.ts';

/**
 * A subject as NCA RK writes it: CN "SURNAME NAME", SURNAME, SERIALNUMBER "IIN…", C, and for a
 * legal entity's employee O and OU "BIN…", then GIVENNAME (the patronymic). One attribute per
 * RDN, in that order, text in UTF8String and the identifiers in PrintableString, as the real
 * NCA test certificates have it.
 */
export interface SubjectName {
  commonName: string;
  surname?: string;
  /** NCA puts the patronymic here. */
  givenName?: string;
  /** 12 digits; written as `IIN` + digits. */
  iin?: string;
  /** Two letters; defaults to KZ. */
  country?: string;
  organization?: string;
  /** 12 digits; written as `BIN` + digits in OU. */
  bin?: string;
}

const attributeOids = {
  commonName: '2.5.4.3',
  surname: '2.5.4.4',
  serialNumber: '2.5.4.5',
  country: '2.5.4.6',
  organization: '2.5.4.10',
  organizationalUnit: '2.5.4.11',
  givenName: '2.5.4.42',
} as const;

export function encodeName(name: SubjectName): Uint8Array {
  if (name.iin !== undefined && !/^\d{12}$/.test(name.iin)) throw new RangeError('IIN must be 12 digits');
  if (name.bin !== undefined && !/^\d{12}$/.test(name.bin)) throw new RangeError('BIN must be 12 digits');
  const country = name.country ?? 'KZ';
  if (!/^[A-Z]{2}$/.test(country)) throw new RangeError('country must be two capital letters');
  const rdns: Uint8Array[] = [rdn(attributeOids.commonName, utf8String(name.commonName))];
  if (name.surname !== undefined) rdns.push(rdn(attributeOids.surname, utf8String(name.surname)));
  if (name.iin !== undefined) rdns.push(rdn(attributeOids.serialNumber, printableString(`IIN${name.iin}`)));
  rdns.push(rdn(attributeOids.country, printableString(country)));
  if (name.organization !== undefined) rdns.push(rdn(attributeOids.organization, utf8String(name.organization)));
  if (name.bin !== undefined) rdns.push(rdn(attributeOids.organizationalUnit, utf8String(`BIN${name.bin}`)));
  if (name.givenName !== undefined) rdns.push(rdn(attributeOids.givenName, utf8String(name.givenName)));
  return sequence(...rdns);
}

const rdn = (oid: string, value: Uint8Array) => setOf(sequence(objectId(oid), value));
