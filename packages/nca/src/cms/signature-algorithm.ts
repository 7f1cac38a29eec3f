import { constants, createPublicKey, verify } from 'node:crypto';
import { children, objectIdentifier, readDer } from '../asn1/der.ts';
import type { Certificate } from '../x509/certificate.ts';
import { checkSignature, type SignatureCheck } from '../x509/certificate-signature.ts';
import { oid } from './oids.ts';

/**
 * SignerInfo.signatureAlgorithm may hold the key's OID rather than a signature OID (RFC 5652
 * §10.1.2 allows rsaEncryption, with the hash taken from digestAlgorithm; some GOST producers do
 * the same with the key OID). This gives the signature OID checkSignature understands.
 */
export function signatureOid(signatureAlgorithm: string, digestAlgorithm: string): string {
  if (signatureAlgorithm === oid.rsaEncryption) return rsaByDigest.get(digestAlgorithm) ?? signatureAlgorithm;
  return signatureByKey.get(signatureAlgorithm) ?? signatureAlgorithm;
}

const rsaByDigest = new Map<string, string>([
  [oid.sha1, oid.sha1WithRsa],
  [oid.sha256, oid.sha256WithRsa],
  [oid.sha384, oid.sha384WithRsa],
  [oid.sha512, oid.sha512WithRsa],
]);
const signatureByKey = new Map<string, string>([
  [oid.gost2004Key, oid.gost2004Signature],
  [oid.gost2015Key512, oid.gost2015Signature512],
  [oid.gost2015Key256, oid.gost2015Signature256],
]);

/** Verifies a SignerInfo's signature; RSA-PSS here (checkSignature has no PSS), the rest through checkSignature. */
export function checkSignerSignature(
  algorithm: string,
  parameters: Uint8Array | null,
  signed: Uint8Array,
  signature: Uint8Array,
  signer: Certificate,
): SignatureCheck {
  if (algorithm === oid.rsaPss) return checkPss(parameters, signed, signature, signer);
  return checkSignature(algorithm, signed, signature, signer);
}

const pssHashes: Record<string, string> = { [oid.sha256]: 'sha256', [oid.sha384]: 'sha384', [oid.sha512]: 'sha512' };

/** RSASSA-PSS-params (RFC 4055 §3.1); node:crypto verifies with MGF1 over the same hash, so other MGF hashes are unsupported. */
function checkPss(
  parameters: Uint8Array | null,
  signed: Uint8Array,
  signature: Uint8Array,
  signer: Certificate,
): SignatureCheck {
  if (!parameters) return 'unsupported'; // the defaults mean SHA-1
  let hash: string | undefined;
  let mgfHash: string | undefined;
  let saltLength = 20;
  try {
    for (const field of children(readDer(parameters))) {
      const [inner] = children(field);
      if (field.tag === 0xa0) hash = objectIdentifier(children(inner!)[0]!);
      if (field.tag === 0xa1) {
        const [mgf, mgfParameters] = children(inner!);
        if (objectIdentifier(mgf!) !== oid.mgf1 || !mgfParameters) return 'unsupported';
        mgfHash = objectIdentifier(children(mgfParameters)[0]!);
      }
      if (field.tag === 0xa2) saltLength = Number.parseInt(Buffer.from(inner!.value).toString('hex'), 16);
      if (field.tag === 0xa3 && !(inner!.value.length === 1 && inner!.value[0] === 1)) return 'unsupported';
    }
  } catch {
    return 'invalid';
  }
  const name = hash ? pssHashes[hash] : undefined;
  if (!name || mgfHash !== hash || !Number.isSafeInteger(saltLength)) return 'unsupported';
  if (signer.publicKeyAlgorithm !== oid.rsaEncryption) return 'invalid';
  try {
    const key = createPublicKey({ key: Buffer.from(signer.publicKey), format: 'der', type: 'spki' });
    return verify(name, signed, { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength }, signature)
      ? 'valid'
      : 'invalid';
  } catch {
    return 'invalid';
  }
}
