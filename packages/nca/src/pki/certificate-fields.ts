import { createHash } from 'node:crypto';
import { bitStringBytes, children, DerError, type DerNode, objectIdentifier, readDer } from '../asn1/der.ts';

/**
 * The raw parts of an issuer certificate that a certificate or CRL it signs must repeat byte for
 * byte: its subject Name (the child's issuer) and its key identifier (the child's AKI).
 * parseCertificate decodes names into strings, so the bytes are taken here.
 */
export interface IssuerFields {
  subjectName: Uint8Array;
  keyIdentifier: Uint8Array;
}

const subjectKeyIdentifierOid = '2.5.29.14';

export function issuerFields(certificate: Uint8Array): IssuerFields {
  const [tbs] = children(readDer(certificate));
  if (!tbs) throw new DerError('not a certificate');
  const fields = children(tbs);
  const offset = fields[0]?.tag === 0xa0 ? 1 : 0;
  const subject = fields[offset + 4];
  const spki = fields[offset + 5];
  if (!subject || !spki) throw new DerError('tbsCertificate is incomplete');
  return {
    subjectName: subject.raw,
    keyIdentifier: ownKeyIdentifier(fields.find((f) => f.tag === 0xa3)) ?? keyIdentifier(spki.raw),
  };
}

/** RFC 5280 §4.2.1.2 method (1): SHA-1 of the subjectPublicKey BIT STRING's bits. */
export function keyIdentifier(subjectPublicKeyInfo: Uint8Array): Uint8Array {
  const [, bits] = children(readDer(subjectPublicKeyInfo));
  if (!bits) throw new DerError('bad SubjectPublicKeyInfo');
  return new Uint8Array(createHash('sha1').update(bitStringBytes(bits)).digest());
}

function ownKeyIdentifier(extensionsField: DerNode | undefined): Uint8Array | null {
  if (!extensionsField) return null;
  const [extensions] = children(extensionsField);
  for (const extension of children(extensions!)) {
    const parts = children(extension);
    if (objectIdentifier(parts[0]!) === subjectKeyIdentifierOid) return readDer(parts.at(-1)!.value).value;
  }
  return null;
}
