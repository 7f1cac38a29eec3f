import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { rc2CbcDecrypt, rc2CbcEncrypt, rc2DecryptBlock, rc2EncryptBlock } from './rc2.ts';

const hex = (text: string) => Uint8Array.from(Buffer.from(text, 'hex'));

// RFC 2268 §5 test vectors: key, effective key bits, plaintext, ciphertext.
const vectors = [
  ['0000000000000000', 63, '0000000000000000', 'ebb773f993278eff'],
  ['ffffffffffffffff', 64, 'ffffffffffffffff', '278b27e42e2f0d49'],
  ['3000000000000000', 64, '1000000000000001', '30649edf9be7d2c2'],
  ['88', 64, '0000000000000000', '61a8a244adacccf0'],
  ['88bca90e90875a', 64, '0000000000000000', '6ccf4308974c267f'],
  ['88bca90e90875a7f0f79c384627bafb2', 64, '0000000000000000', '1a807d272bbe5db1'],
  ['88bca90e90875a7f0f79c384627bafb2', 128, '0000000000000000', '2269552ab0f85ca6'],
] as const;

describe('RC2 (RFC 2268), needed for the certificate bags of NCA key containers', () => {
  it.each(vectors)(
    'key %s, %i effective bits: encrypts and decrypts the RFC test vector',
    (key, bits, plain, cipher) => {
      expect(Buffer.from(rc2EncryptBlock(hex(key), bits, hex(plain))).toString('hex')).toBe(cipher);
      expect(Buffer.from(rc2DecryptBlock(hex(key), bits, hex(cipher))).toString('hex')).toBe(plain);
    },
  );

  it('CBC with PKCS#7 padding round-trips any length', () => {
    const key = randomBytes(5);
    const iv = randomBytes(8);
    for (const length of [0, 1, 7, 8, 9, 100]) {
      const plain = randomBytes(length);
      const cipher = rc2CbcEncrypt(key, 40, iv, plain);
      expect(cipher.length % 8).toBe(0);
      expect(Buffer.from(rc2CbcDecrypt(key, 40, iv, cipher)!)).toEqual(plain);
    }
  });

  it('reports bad padding (a wrong key) as null rather than returning garbage', () => {
    const iv = randomBytes(8);
    const cipher = rc2CbcEncrypt(hex('0102030405'), 40, iv, new Uint8Array(30));
    const results = Array.from({ length: 20 }, (_, i) => rc2CbcDecrypt(Uint8Array.of(9, 9, 9, 9, i), 40, iv, cipher));
    expect(results.filter((r) => r === null).length).toBeGreaterThan(15);
    expect(rc2CbcDecrypt(hex('0102030405'), 40, iv, cipher.subarray(1))).toBeNull();
  });
});
