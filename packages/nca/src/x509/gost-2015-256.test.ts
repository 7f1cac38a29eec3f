import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { tc26Gost256A } from '../gost/curve-256.ts';
import { streebog256 } from '../gost/digests.ts';
import { isOnCurve, littleEndian, multiply } from '../gost/verify.ts';
import type { Certificate } from './certificate.ts';
import { checkSignature } from './certificate-signature.ts';

/**
 * GOST 34.10-2015 256-bit, the family NCA lists but no sample of which has been seen: the
 * published tc26 paramSetA curve, Streebog-256, and NCA's little-endian layout as in the other families.
 */
const curve = tc26Gost256A;
const mod = (value: bigint, m: bigint) => ((value % m) + m) % m;
const toLittleEndian = (value: bigint) =>
  Uint8Array.from({ length: 32 }, (_, i) => Number((value >> BigInt(8 * i)) & 0xffn));
const scalar = () => mod(littleEndian(randomBytes(40)), curve.q - 1n) + 1n;

/** Signing by the standard (GOST 34.10-2018 §6.1), written out here so the test does not lean on the code it checks. */
function sign(d: bigint, data: Uint8Array): Uint8Array {
  let e = mod(littleEndian(streebog256(data)), curve.q);
  if (e === 0n) e = 1n;
  for (;;) {
    const k = scalar();
    const point = multiply(curve, k, curve.gx, curve.gy)!;
    const r = mod(point[0], curve.q);
    const s = mod(r * d + k * e, curve.q);
    if (r !== 0n && s !== 0n) return Uint8Array.from([...toLittleEndian(r), ...toLittleEndian(s)]);
  }
}

function holder(d: bigint): Certificate {
  const [x, y] = multiply(curve, d, curve.gx, curve.gy)!;
  return {
    publicKeyAlgorithm: '1.2.398.3.10.1.1.2.1',
    publicKey: Uint8Array.from([...toLittleEndian(x), ...toLittleEndian(y)]),
  } as Certificate;
}

describe('GOST 34.10-2015 256-bit (tc26 paramSetA) signatures', () => {
  it('the curve constants hold: G on the curve, q·G at infinity', () => {
    expect(isOnCurve(curve, curve.gx, curve.gy)).toBe(true);
    expect(multiply(curve, curve.q, curve.gx, curve.gy)).toBeNull();
  });

  it('a signature by the key verifies; another message, another key or a flipped byte does not', () => {
    const d = scalar();
    const data = Buffer.from('декларация 256');
    const signature = sign(d, data);
    expect(checkSignature('1.2.398.3.10.1.1.2.3.1', data, signature, holder(d))).toBe('valid');
    expect(checkSignature('1.2.398.3.10.1.1.2.3.1', Buffer.from('другая'), signature, holder(d))).toBe('invalid');
    expect(checkSignature('1.2.398.3.10.1.1.2.3.1', data, signature, holder(scalar()))).toBe('invalid');
    const flipped = Uint8Array.from(signature);
    flipped[40]! ^= 1;
    expect(checkSignature('1.2.398.3.10.1.1.2.3.1', data, flipped, holder(d))).toBe('invalid');
  });
});
