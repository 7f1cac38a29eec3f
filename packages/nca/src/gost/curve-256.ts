import type { Curve } from './curves.ts';

/**
 * GOST 34.10-2015 256-bit keys: NCA names tc26 paramSetA (RFC 7836 Appendix A.2,
 * id-tc26-gost-3410-12-256-paramSetA, a twisted Edwards curve given here in Weierstrass form,
 * cofactor 4). No NCA certificate of this family has been seen yet, so only the BigInt path
 * serves it (docs/NCA-SIGNATURES.md marks the family unverified).
 */
export const tc26Gost256A: Curve = {
  name: 'GOST 34.10-2015 256-bit (tc26 paramSetA)',
  p: 0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffd97n,
  a: 0xc2173f1513981673af4892c23035a27ce25e2013bf95aa33b22c656f277e7335n,
  b: 0x295f9bae7428ed9ccc20e7c359a9d41a22fccd9108e17bf7ba9337a6f8ae9513n,
  q: 0x400000000000000000000000000000000fd8cddfc87b6635c115af556c360c67n,
  gx: 0x91e38443a5e82c0d880923425712b2bb658b9196932e02c78b2582fe742daa28n,
  gy: 0x32879423ab1a0375895786c4bb46e9565fde0b5344766740af268adb32322e5cn,
  size: 32,
};
