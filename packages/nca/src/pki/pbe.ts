import { createCipheriv, createDecipheriv, pbkdf2Sync, randomBytes } from 'node:crypto';
import { algorithm, integer, octetString, sequence } from '../asn1/der-writer.ts';
import { BerError, type BerNode, expectTag, oidOf, smallInteger } from './ber.ts';
import { bmpPassword, pkcs12Kdf, purpose } from './pkcs12-kdf.ts';
import { rc2CbcDecrypt, rc2CbcEncrypt } from './rc2.ts';

/**
 * Password-based encryption of PKCS#12 bags: the PKCS#12 PBE schemes (RFC 7292 Appendix C) NCA
 * uses — 3DES for key bags, 40-bit RC2 for certificate bags — and PBES2 with PBKDF2 and AES
 * (RFC 8018), which current OpenSSL writes by default.
 */
export const pbeOids = {
  sha1And3KeyTripleDes: '1.2.840.113549.1.12.1.3',
  sha1And128BitRc2: '1.2.840.113549.1.12.1.5',
  sha1And40BitRc2: '1.2.840.113549.1.12.1.6',
  pbes2: '1.2.840.113549.1.5.13',
  pbkdf2: '1.2.840.113549.1.5.12',
} as const;

export class UnsupportedAlgorithmError extends Error {
  override name = 'UnsupportedAlgorithmError';
}

/** Upper bounds on work a hostile file can demand. */
export const maxIterations = { pkcs12: 200_000, pbkdf2: 2_000_000 } as const;

const prfs: Record<string, string> = {
  '1.2.840.113549.2.7': 'sha1',
  '1.2.840.113549.2.8': 'sha224',
  '1.2.840.113549.2.9': 'sha256',
  '1.2.840.113549.2.10': 'sha384',
  '1.2.840.113549.2.11': 'sha512',
};
const ciphers: Record<string, { name: string; keyLength: number }> = {
  '2.16.840.1.101.3.4.1.2': { name: 'aes-128-cbc', keyLength: 16 },
  '2.16.840.1.101.3.4.1.22': { name: 'aes-192-cbc', keyLength: 24 },
  '2.16.840.1.101.3.4.1.42': { name: 'aes-256-cbc', keyLength: 32 },
  '1.2.840.113549.3.7': { name: 'des-ede3-cbc', keyLength: 24 },
};

/**
 * Decrypts with the scheme an AlgorithmIdentifier names. Returns null when the padding does not
 * check out, which with a PBE key means the password is wrong.
 */
export function pbeDecrypt(algorithmIdentifier: BerNode, password: string, ciphertext: Uint8Array): Uint8Array | null {
  const oid = oidOf(algorithmIdentifier.items[0]);
  const parameters = algorithmIdentifier.items[1];
  if (!parameters) throw new BerError('PBE parameters missing');
  if (oid === pbeOids.pbes2) return pbes2Decrypt(parameters, password, ciphertext);
  const salt = expectTag(parameters.items[0], 0x04, 'a PBE salt').value;
  const iterations = iterationCount(parameters.items[1], maxIterations.pkcs12);
  const derive = (id: number, length: number) => pkcs12Kdf('sha1', bmpPassword(password), salt, id, iterations, length);
  switch (oid) {
    case pbeOids.sha1And3KeyTripleDes:
      return decipher('des-ede3-cbc', derive(purpose.key, 24), derive(purpose.iv, 8), ciphertext);
    case pbeOids.sha1And40BitRc2:
      return rc2CbcDecrypt(derive(purpose.key, 5), 40, derive(purpose.iv, 8), ciphertext);
    case pbeOids.sha1And128BitRc2:
      return rc2CbcDecrypt(derive(purpose.key, 16), 128, derive(purpose.iv, 8), ciphertext);
    default:
      throw new UnsupportedAlgorithmError(`encryption ${oid} is not supported`);
  }
}

function pbes2Decrypt(parameters: BerNode, password: string, ciphertext: Uint8Array): Uint8Array | null {
  const [kdf, scheme] = parameters.items;
  if (!kdf || !scheme) throw new BerError('bad PBES2 parameters');
  if (oidOf(kdf.items[0]) !== pbeOids.pbkdf2)
    throw new UnsupportedAlgorithmError('PBES2 key derivation other than PBKDF2');
  const [saltNode, iterationsNode, ...rest] = kdf.items[1]?.items ?? [];
  if (saltNode?.tag !== 0x04) throw new BerError('PBKDF2 salt must be an OCTET STRING');
  const iterations = iterationCount(iterationsNode, maxIterations.pbkdf2);
  const prfNode = rest.find((node) => node.tag === 0x30);
  const prf = prfNode ? prfs[oidOf(prfNode.items[0])] : 'sha1';
  if (!prf) throw new UnsupportedAlgorithmError('PBKDF2 pseudo-random function');
  const cipher = ciphers[oidOf(scheme.items[0])];
  if (!cipher) throw new UnsupportedAlgorithmError('PBES2 encryption scheme');
  const iv = expectTag(scheme.items[1], 0x04, 'an IV').value;
  // RFC 8018 takes the password as octets; OpenSSL and Java pass its UTF-8 bytes.
  const key = pbkdf2Sync(Buffer.from(password, 'utf8'), saltNode.value, iterations, cipher.keyLength, prf);
  return decipher(cipher.name, key, iv, ciphertext);
}

function decipher(name: string, key: Uint8Array, iv: Uint8Array, ciphertext: Uint8Array): Uint8Array | null {
  try {
    const engine = createDecipheriv(name, key, iv);
    return new Uint8Array(Buffer.concat([engine.update(ciphertext), engine.final()]));
  } catch {
    return null;
  }
}

function iterationCount(node: BerNode | undefined, limit: number): number {
  const count = smallInteger(node);
  if (count < 1 || count > limit) throw new BerError(`iteration count ${count} outside 1..${limit}`);
  return count;
}

export type PkcsPbe = 'des3' | 'rc2-40';

/** Encrypts with a PKCS#12 PBE scheme and returns [AlgorithmIdentifier DER, ciphertext]. */
export function pbeEncrypt(
  scheme: PkcsPbe,
  password: string,
  iterations: number,
  plaintext: Uint8Array,
): [Uint8Array, Uint8Array] {
  const salt = randomBytes(20);
  const derive = (id: number, length: number) => pkcs12Kdf('sha1', bmpPassword(password), salt, id, iterations, length);
  const parameters = sequence(octetString(salt), integer(iterations));
  if (scheme === 'des3') {
    const engine = createCipheriv('des-ede3-cbc', derive(purpose.key, 24), derive(purpose.iv, 8));
    return [
      algorithm(pbeOids.sha1And3KeyTripleDes, parameters),
      new Uint8Array(Buffer.concat([engine.update(plaintext), engine.final()])),
    ];
  }
  return [
    algorithm(pbeOids.sha1And40BitRc2, parameters),
    rc2CbcEncrypt(derive(purpose.key, 5), 40, derive(purpose.iv, 8), plaintext),
  ];
}
