import gost from 'node-gost-crypto';
import { type GostAddon, nativeGost } from './native.ts';

/**
 * GOST digests. GOST 34.311-95 is GOST R 34.11-94 with the "D-TEST" S-box, which NCA RK uses;
 * Streebog is GOST R 34.11-2012 (RFC 6986).
 *
 * The native addon computes them when it is loaded (native.ts); otherwise node-gost-crypto, a
 * port of the GostCrypto library in pure JavaScript, does. `jsDigests` is always the latter,
 * for tests and the benchmark to compare.
 */
const gost341195 = gost.gostEngine.getGostDigest({ name: 'GOST R 34.11', version: 1994, sBox: 'D-TEST' });
const streebog512Engine = gost.gostEngine.getGostDigest({ name: 'GOST R 34.11', version: 2012, length: 512 });
const streebog256Engine = gost.gostEngine.getGostDigest({ name: 'GOST R 34.11', version: 2012, length: 256 });

export const jsDigests = {
  gost34311: (data: Uint8Array): Uint8Array => new Uint8Array(gost341195.digest(data)),
  streebog512: (data: Uint8Array): Uint8Array => new Uint8Array(streebog512Engine.digest(data)),
  streebog256: (data: Uint8Array): Uint8Array => new Uint8Array(streebog256Engine.digest(data)),
};

/** The addon's digests, or null when it is not loaded. */
export const nativeDigests = nativeGost ? digestsOf(nativeGost) : null;

function digestsOf(addon: GostAddon) {
  return {
    gost34311: (data: Uint8Array): Uint8Array => addon.gost34311(data),
    streebog512: (data: Uint8Array): Uint8Array => addon.streebog(data, 512),
    streebog256: (data: Uint8Array): Uint8Array => addon.streebog(data, 256),
  };
}

const active = nativeDigests ?? jsDigests;

export function gost34311(data: Uint8Array): Uint8Array {
  return active.gost34311(data);
}

export function streebog512(data: Uint8Array): Uint8Array {
  return active.streebog512(data);
}

export function streebog256(data: Uint8Array): Uint8Array {
  return active.streebog256(data);
}
