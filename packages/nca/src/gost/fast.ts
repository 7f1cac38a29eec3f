import { type Curve, cryptoProA, tc26Gost512A } from './curves.ts';
import { type GostAddon, nativeGost } from './native.ts';
import { verifyGost } from './verify.ts';

/**
 * GOST signature verification at native speed when the addon is loaded (native.ts: C field and
 * point arithmetic specialised to the two NCA curves, with a bounded cache of precomputed tables for
 * public keys it has seen before), else the BigInt code of verify.ts. Same contract as
 * verifyGost: NCA byte order, and false, never an exception, for any malformed input.
 */
const curveIds = new Map<Curve, 0 | 1>([
  [cryptoProA, 0],
  [tc26Gost512A, 1],
]);

export function gostBackend(): 'native' | 'bigint' {
  return nativeGost ? 'native' : 'bigint';
}

export function verifyGostFast(
  curve: Curve,
  digest: Uint8Array,
  signature: Uint8Array,
  publicKey: Uint8Array,
): boolean {
  const id = sameCurve(curve);
  if (nativeGost && id !== undefined) {
    if (!(digest instanceof Uint8Array && signature instanceof Uint8Array && publicKey instanceof Uint8Array))
      return false;
    try {
      return nativeGost.verify(id, digest, signature, publicKey);
    } catch {
      return false;
    }
  }
  try {
    return verifyGost(curve, digest, signature, publicKey);
  } catch {
    return false;
  }
}

/** The addon's verification alone (tests and the benchmark compare it with verifyGost); null without the addon. */
export const verifyGostNative = nativeGost ? nativeVerifier(nativeGost) : null;

function nativeVerifier(addon: GostAddon) {
  return (curve: Curve, digest: Uint8Array, signature: Uint8Array, publicKey: Uint8Array): boolean => {
    const id = sameCurve(curve);
    if (id === undefined) throw new Error(`the native GOST code has no curve ${curve.name}`);
    return addon.verify(id, digest, signature, publicKey);
  };
}

/** The addon knows the two NCA curves; a Curve object equal to one of them (not only the same instance) maps to it. */
function sameCurve(curve: Curve): 0 | 1 | undefined {
  const direct = curveIds.get(curve);
  if (direct !== undefined) return direct;
  for (const [known, id] of curveIds) {
    if (
      known.p === curve.p &&
      known.a === curve.a &&
      known.b === curve.b &&
      known.q === curve.q &&
      known.gx === curve.gx &&
      known.gy === curve.gy
    )
      return id;
  }
  return undefined;
}
