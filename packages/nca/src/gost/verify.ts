import type { Curve } from './curves.ts';

/**
 * GOST 34.310-2004 / 34.10-2015 signature verification in plain BigInt arithmetic: the correct
 * fallback, and the reference a faster implementation is checked against.
 *
 * NCA byte order: public key X‖Y and signature r‖s, each half little-endian; the digest is read
 * as a little-endian integer (docs/NCA-SIGNATURES.md).
 */
export function verifyGost(curve: Curve, digest: Uint8Array, signature: Uint8Array, publicKey: Uint8Array): boolean {
  const { size, q, p } = curve;
  if (signature.length !== 2 * size || publicKey.length !== 2 * size) return false;
  const r = littleEndian(signature.subarray(0, size));
  const s = littleEndian(signature.subarray(size));
  if (r <= 0n || r >= q || s <= 0n || s >= q) return false;
  const qx = littleEndian(publicKey.subarray(0, size));
  const qy = littleEndian(publicKey.subarray(size));
  if (qx >= p || qy >= p || !isOnCurve(curve, qx, qy)) return false;

  let e = littleEndian(digest) % q;
  if (e === 0n) e = 1n;
  const v = modPow(e, q - 2n, q);
  const z1 = (s * v) % q;
  const z2 = (q - ((r * v) % q)) % q;
  const c = shamir(curve, z1, [curve.gx, curve.gy, 1n], z2, [qx, qy, 1n]);
  if (c[2] === 0n) return false;
  const zInverse = modPow(c[2], p - 2n, p);
  const x = (c[0] * zInverse * zInverse) % p;
  return x % q === r;
}

export function isOnCurve(curve: Curve, x: bigint, y: bigint): boolean {
  const { p, a, b } = curve;
  return (y * y - (x * x * x + a * x + b)) % p === 0n;
}

/** Scalar multiple k·P, for self-checks of the curve constants. Returns affine [x, y] or null for the point at infinity. */
export function multiply(curve: Curve, k: bigint, x: bigint, y: bigint): [bigint, bigint] | null {
  const point = shamir(curve, k, [x, y, 1n], 0n, [x, y, 1n]);
  if (point[2] === 0n) return null;
  const zInverse = modPow(point[2], curve.p - 2n, curve.p);
  return [(point[0] * zInverse ** 2n) % curve.p, (point[1] * zInverse ** 3n) % curve.p];
}

export function littleEndian(bytes: Uint8Array): bigint {
  let value = 0n;
  for (let i = bytes.length - 1; i >= 0; i--) value = (value << 8n) | BigInt(bytes[i]!);
  return value;
}

type Jacobian = [bigint, bigint, bigint];
const infinity: Jacobian = [1n, 1n, 0n];

function mod(value: bigint, p: bigint): bigint {
  const result = value % p;
  return result < 0n ? result + p : result;
}

function modPow(base: bigint, exponent: bigint, modulus: bigint): bigint {
  let result = 1n;
  let b = mod(base, modulus);
  for (let e = exponent; e > 0n; e >>= 1n) {
    if (e & 1n) result = (result * b) % modulus;
    b = (b * b) % modulus;
  }
  return result;
}

function double(curve: Curve, [x, y, z]: Jacobian): Jacobian {
  if (z === 0n || y === 0n) return infinity;
  const { p, a } = curve;
  const yy = (y * y) % p;
  const zz = (z * z) % p;
  const s = (4n * x * yy) % p;
  const m = (3n * x * x + a * ((zz * zz) % p)) % p;
  const x3 = mod(m * m - 2n * s, p);
  const y3 = mod(m * (s - x3) - 8n * yy * yy, p);
  return [x3, y3, (2n * y * z) % p];
}

function add(curve: Curve, first: Jacobian, second: Jacobian): Jacobian {
  if (first[2] === 0n) return second;
  if (second[2] === 0n) return first;
  const { p } = curve;
  const [x1, y1, z1] = first;
  const [x2, y2, z2] = second;
  const z1z1 = (z1 * z1) % p;
  const z2z2 = (z2 * z2) % p;
  const u1 = (x1 * z2z2) % p;
  const u2 = (x2 * z1z1) % p;
  const s1 = (y1 * z2 * z2z2) % p;
  const s2 = (y2 * z1 * z1z1) % p;
  if (u1 === u2) return s1 === s2 ? double(curve, first) : infinity;
  const h = mod(u2 - u1, p);
  const r = mod(s2 - s1, p);
  const hh = (h * h) % p;
  const hhh = (h * hh) % p;
  const v = (u1 * hh) % p;
  const x3 = mod(r * r - hhh - 2n * v, p);
  const y3 = mod(r * (v - x3) - s1 * hhh, p);
  return [x3, y3, (z1 * z2 * h) % p];
}

/** k1·P1 + k2·P2 with one shared doubling chain (Shamir's trick). */
function shamir(curve: Curve, k1: bigint, p1: Jacobian, k2: bigint, p2: Jacobian): Jacobian {
  const both = add(curve, p1, p2);
  const bits = Math.max(k1.toString(2).length, k2.toString(2).length);
  let accumulator = infinity;
  for (let i = bits - 1; i >= 0; i--) {
    accumulator = double(curve, accumulator);
    const bit1 = (k1 >> BigInt(i)) & 1n;
    const bit2 = (k2 >> BigInt(i)) & 1n;
    if (bit1 && bit2) accumulator = add(curve, accumulator, both);
    else if (bit1) accumulator = add(curve, accumulator, p1);
    else if (bit2) accumulator = add(curve, accumulator, p2);
  }
  return accumulator;
}
