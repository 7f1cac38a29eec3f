import type { Certificate, NameAttribute } from '../x509/certificate.ts';

const commonNameOid = '2.5.4.3';

/**
 * A comparison key for an X.500 name. RFC 5280 §7.1 compares names after case folding and
 * whitespace collapsing, not byte for byte: a CA may re-encode its name (PrintableString vs
 * UTF8String) between its own certificate and the certificates it issues.
 */
export function nameKey(name: NameAttribute[]): string {
  let key = nameKeys.get(name);
  if (key === undefined) {
    key = computeNameKey(name);
    nameKeys.set(name, key);
  }
  return key;
}

// Names belong to parsed certificates and CRLs, which are reused (certificate-cache.ts): a key is
// worked out once per name object.
const nameKeys = new WeakMap<NameAttribute[], string>();

function computeNameKey(name: NameAttribute[]): string {
  return name
    .map(({ oid, value }) => `${oid}=${value.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase()}`)
    .join('\u0000');
}

export function sameName(a: NameAttribute[], b: NameAttribute[]): boolean {
  return nameKey(a) === nameKey(b);
}

export function commonName(name: NameAttribute[]): string | null {
  return name.find((attribute) => attribute.oid === commonNameOid)?.value ?? null;
}

/** A short human label for messages: the subject CN, or the serial number when there is none. */
export function describeCertificate(certificate: Certificate): string {
  return `"${commonName(certificate.subject) ?? '(no CN)'}" (serial ${certificate.serialNumber})`;
}
