/**
 * Object identifiers of the three NCA RK key families, as written in NCA certificates and key
 * containers (docs/NCA-SIGNATURES.md, "Algorithms and identifiers").
 */
export type KeyAlgorithm = 'RSA' | 'GOST2004' | 'GOST2015-512';

export const keyAlgorithms: readonly KeyAlgorithm[] = ['RSA', 'GOST2004', 'GOST2015-512'];

export const oids = {
  rsaEncryption: '1.2.840.113549.1.1.1',
  sha256WithRsa: '1.2.840.113549.1.1.11',
  gost2004Key: '1.2.398.3.10.1.1.1.1',
  gost2004Curve: '1.2.398.3.10.1.1.1.1.1',
  gost2004DigestParams: '1.2.398.3.10.1.3.1.1.0',
  gost2004Signature: '1.2.398.3.10.1.1.1.2',
  gost2015Key: '1.2.398.3.10.1.1.2.2',
  gost2015Curve: '1.2.398.3.10.1.1.2.2.1',
  gost2015Digest: '1.2.398.3.10.1.3.3',
  gost2015Signature: '1.2.398.3.10.1.1.2.3.2',
} as const;

/** The key family of a SubjectPublicKeyInfo / PrivateKeyInfo algorithm OID, or null when NCA does not use it. */
export function keyAlgorithmOfOid(oid: string): KeyAlgorithm | null {
  if (oid === oids.rsaEncryption) return 'RSA';
  if (oid === oids.gost2004Key) return 'GOST2004';
  if (oid === oids.gost2015Key) return 'GOST2015-512';
  return null;
}
