import { createHash } from 'node:crypto';

/**
 * The PKCS#12 key derivation (RFC 7292 Appendix B.2), used by the PKCS#12 PBE schemes and the
 * MAC. Node has no implementation of it (OpenSSL's is not exposed), so it is written here.
 */
export type Pkcs12Hash = 'sha1' | 'sha224' | 'sha256' | 'sha384' | 'sha512';

/** ID byte of RFC 7292 B.3: what the derived material is for. */
export const purpose = { key: 1, iv: 2, mac: 3 } as const;

const outputBytes: Record<Pkcs12Hash, number> = { sha1: 20, sha224: 28, sha256: 32, sha384: 48, sha512: 64 };
const blockBytes: Record<Pkcs12Hash, number> = { sha1: 64, sha224: 64, sha256: 64, sha384: 128, sha512: 128 };

export const hashOutputBytes = (hash: Pkcs12Hash) => outputBytes[hash];

/** The password as RFC 7292 B.1 wants it: BMPString (UTF-16 big-endian) with a two-zero-byte terminator. */
export function bmpPassword(password: string): Uint8Array {
  const bytes = Buffer.from(`${password}\0`, 'utf16le');
  bytes.swap16();
  return new Uint8Array(bytes);
}

export function pkcs12Kdf(
  hash: Pkcs12Hash,
  password: Uint8Array,
  salt: Uint8Array,
  id: number,
  iterations: number,
  length: number,
): Uint8Array {
  const u = outputBytes[hash];
  const v = blockBytes[hash];
  const diversifier = new Uint8Array(v).fill(id);
  const input = Buffer.concat([
    repeatTo(salt, v * Math.ceil(salt.length / v)),
    repeatTo(password, v * Math.ceil(password.length / v)),
  ]);
  const out = new Uint8Array(length);
  for (let offset = 0; offset < length; offset += u) {
    let a = createHash(hash).update(diversifier).update(input).digest();
    for (let i = 1; i < iterations; i++) a = createHash(hash).update(a).digest();
    out.set(a.subarray(0, Math.min(u, length - offset)), offset);
    if (offset + u >= length) break;
    // I_j = (I_j + B + 1) mod 2^(8v) for every v-byte block of I, B being A repeated to v bytes.
    const b = repeatTo(a, v);
    for (let block = 0; block < input.length; block += v) {
      let carry = 1;
      for (let i = v - 1; i >= 0; i--) {
        const sum = input[block + i]! + b[i]! + carry;
        input[block + i] = sum & 0xff;
        carry = sum >> 8;
      }
    }
  }
  return out;
}

function repeatTo(bytes: Uint8Array, length: number): Uint8Array {
  const out = new Uint8Array(length);
  if (bytes.length === 0) return out;
  for (let i = 0; i < length; i++) out[i] = bytes[i % bytes.length]!;
  return out;
}
