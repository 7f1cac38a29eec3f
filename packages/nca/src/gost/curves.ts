/**
 * The two curves NCA RK uses, as published in the standards:
 * GOST 34.310-2004 keys lie on the CryptoPro-A curve (RFC 4357 §11.4, id-GostR3410-2001-CryptoPro-A-ParamSet),
 * GOST 34.10-2015 512-bit keys on tc26 paramSetA (RFC 7836 Appendix A.1, id-tc26-gost-3410-12-512-paramSetA).
 */
export interface Curve {
  name: string;
  /** field prime */
  p: bigint;
  a: bigint;
  b: bigint;
  /** order of the base point */
  q: bigint;
  gx: bigint;
  gy: bigint;
  /** bytes in one coordinate and in one half of a signature */
  size: number;
}

export const cryptoProA: Curve = {
  name: 'GOST 34.310-2004 (CryptoPro-A)',
  p: 0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffd97n,
  a: 0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffd94n,
  b: 166n,
  q: 0xffffffffffffffffffffffffffffffff6c611070995ad10045841b09b761b893n,
  gx: 1n,
  gy: 0x8d91e471e0989cda27df505a453f2b7635294f2ddf23e3b122acc99c9e9f1e14n,
  size: 32,
};

export const tc26Gost512A: Curve = {
  name: 'GOST 34.10-2015 512-bit (tc26 paramSetA)',
  p: 0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffdc7n,
  a: 0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffdc4n,
  b: 0xe8c2505dedfc86ddc1bd0b2b6667f1da34b82574761cb0e879bd081cfd0b6265ee3cb090f30d27614cb4574010da90dd862ef9d4ebee4761503190785a71c760n,
  q: 0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff27e69532f48d89116ff22b8d4e0560609b4b38abfad2b85dcacdb1411f10b275n,
  gx: 3n,
  gy: 0x7503cfe87a836ae3a61b8816e25450e6ce5e1c93acf1abc1778064fdcbefa921df1626be4fd036e93d75e6a50e3a41e98028fe5fc235f5b889a589cb5215f2a4n,
  size: 64,
};
