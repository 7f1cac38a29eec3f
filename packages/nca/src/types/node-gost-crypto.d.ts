// The part of node-gost-crypto's untyped API that this package uses.
declare module 'node-gost-crypto' {
  interface GostDigestEngine {
    digest(data: Uint8Array): ArrayBuffer;
  }
  const gost: {
    gostEngine: {
      getGostDigest(algorithm: {
        name: 'GOST R 34.11';
        version: 1994 | 2012;
        sBox?: string;
        length?: 256 | 512;
      }): GostDigestEngine;
    };
  };
  export default gost;
}
