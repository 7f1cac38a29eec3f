import { createPrivateKey } from 'node:crypto';
import { integer, octetString, sequence, unsignedInteger } from '../asn1/der-writer.ts';
import { littleEndian } from '../gost/verify.ts';
import { keyAlgorithmOfOid } from './algorithms.ts';
import { BerError, bigInteger, octets, oidOf, readBer, smallInteger } from './ber.ts';
import { curveOf, gostKeyAlgorithm, gostPrivateKey, type PrivateKey, rsaPrivateKey, toLittleEndian } from './keys.ts';

/**
 * PKCS#8 PrivateKeyInfo for the three NCA families. Inside the privateKey OCTET STRING NCA puts
 * a DER INTEGER (big-endian) for a GOST 2004 key and a nested 64-byte OCTET STRING holding the
 * little-endian scalar for a GOST 2015 key (docs/NCA-SIGNATURES.md, both confirmed by d·G).
 */
export function encodePrivateKeyInfo(key: PrivateKey): Uint8Array {
  if (key.algorithm === 'RSA') return new Uint8Array(key.keyObject.export({ type: 'pkcs8', format: 'der' }));
  const inner =
    key.algorithm === 'GOST2004'
      ? unsignedInteger(bigEndian(key.scalar, key.curve.size))
      : octetString(toLittleEndian(key.scalar, key.curve.size));
  return sequence(integer(0), gostKeyAlgorithm(key.algorithm), octetString(inner));
}

/** Reads a PrivateKeyInfo; throws BerError for anything malformed or of an unknown family. */
export function decodePrivateKeyInfo(der: Uint8Array): PrivateKey {
  const info = readBer(der);
  const [version, algorithmIdentifier, privateKey] = info.items;
  if (smallInteger(version) > 1 || !algorithmIdentifier || !privateKey) throw new BerError('bad PrivateKeyInfo');
  const family = keyAlgorithmOfOid(oidOf(algorithmIdentifier.items[0]));
  if (!family) throw new BerError('private key of an algorithm NCA does not use');
  if (family === 'RSA') {
    try {
      return rsaPrivateKey(createPrivateKey({ key: Buffer.from(der), format: 'der', type: 'pkcs8' }));
    } catch {
      throw new BerError('bad RSA private key');
    }
  }
  const inner = readBer(octets(privateKey));
  try {
    if (inner.tag === 0x02) return gostPrivateKey(family, bigInteger(inner));
    if (inner.tag === 0x04 && inner.value.length === curveOf(family).size)
      return gostPrivateKey(family, littleEndian(inner.value));
  } catch (error) {
    if (error instanceof RangeError) throw new BerError(error.message);
    throw error;
  }
  throw new BerError('GOST private key is neither an INTEGER nor a little-endian OCTET STRING');
}

function bigEndian(value: bigint, size: number): Uint8Array {
  return toLittleEndian(value, size).reverse();
}
