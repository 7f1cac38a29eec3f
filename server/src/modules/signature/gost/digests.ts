import gost from 'node-gost-crypto';

/**
 * GOST digests from node-gost-crypto, a port of the GostCrypto library (pure JavaScript).
 * GOST 34.311-95 is GOST R 34.11-94 with the "D-TEST" S-box, which NCA RK uses.
 */
const gost341195 = gost.gostEngine.getGostDigest({ name: 'GOST R 34.11', version: 1994, sBox: 'D-TEST' });
const streebog512Engine = gost.gostEngine.getGostDigest({ name: 'GOST R 34.11', version: 2012, length: 512 });

export function gost34311(data: Uint8Array): Uint8Array {
  return new Uint8Array(gost341195.digest(data));
}

export function streebog512(data: Uint8Array): Uint8Array {
  return new Uint8Array(streebog512Engine.digest(data));
}
