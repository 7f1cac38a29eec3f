import { describe, expect, it } from 'vitest';
import { bmpPassword, pkcs12Kdf } from './pkcs12-kdf.ts';

const hex = (text: string) => Uint8Array.from(Buffer.from(text, 'hex'));

// Published known-answer values for the PKCS#12 KDF (SHA-1), also in OpenSSL's and Bouncy Castle's test suites.
const vectors = [
  ['smeg', '0a58cf64530d823f', 1, 1, 24, '8aaae6297b6cb04642ab5b077851284eb7128f1a2a7fbca3'],
  ['smeg', '0a58cf64530d823f', 2, 1, 8, '79993dfe048d3b76'],
  ['queeg', '05dec959acff72f7', 1, 1000, 24, 'ed2034e36328830ff09df1e1a07dd357185dac0d4f9eb3d4'],
  ['queeg', '05dec959acff72f7', 2, 1000, 8, '11dedad7758d4860'],
  ['smeg', '3d83c0e4546ac140', 3, 1, 20, '8d967d88f6caa9d714800ab3d48051d63f73a312'],
] as const;

describe('PKCS#12 key derivation (RFC 7292 Appendix B)', () => {
  it.each(vectors)('password %s, salt %s, id %i, %i iterations', (password, salt, id, iterations, length, expected) => {
    expect(
      Buffer.from(pkcs12Kdf('sha1', bmpPassword(password), hex(salt), id, iterations, length)).toString('hex'),
    ).toBe(expected);
  });

  it('encodes the password as big-endian UTF-16 with a terminating zero, Cyrillic included', () => {
    expect(Buffer.from(bmpPassword('Aж')).toString('hex')).toBe('004104360000');
  });

  it('derives more than one hash output when asked (the multi-block path)', () => {
    const long = pkcs12Kdf('sha1', bmpPassword('x'), hex('0102030405060708'), 1, 3, 50);
    expect(long).toHaveLength(50);
    expect(Buffer.from(long.subarray(0, 20))).toEqual(
      Buffer.from(pkcs12Kdf('sha1', bmpPassword('x'), hex('0102030405060708'), 1, 3, 20)),
    );
  });
});
