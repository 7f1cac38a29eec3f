import { generateKeyPairSync, sign } from 'node:crypto';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/**
 * The optional native GOST addon (the package's native/gost/, built by scripts/build-native.mjs at
 * install into the package's build/native/shekara_gost.node): GOST 34.311-95 and Streebog digests in C, and the curve check
 * in C (own arithmetic for the two NCA curves; the scalar arithmetic mod q by the OpenSSL that
 * node itself carries and exports). Loaded once if present; never built here.
 *
 * It is used only if it passes known-answer checks at load: the standards' digest check values
 * and a valid and a tampered signature on each curve (signatures made for this check with the
 * BigInt code, in NCA byte order), and an RSA signature made at load with node:crypto that must
 * verify while a tampered copy must not. `SHEKARA_GOST_BACKEND=bigint` turns it off, the native
 * RSA path with it (x509/certificate-signature.ts then uses crypto.verify).
 */
/** An RSA public key imported by the addon (an external; freed when collected). */
export type NativeRsaKey = { readonly __nativeRsaKey: unique symbol };

export type RsaDigestName = 'sha256' | 'sha384' | 'sha512';

export interface GostAddon {
  gost34311(data: Uint8Array): Uint8Array;
  streebog(data: Uint8Array, bits: 512 | 256): Uint8Array;
  /**
   * curve 0 = CryptoPro-A (GOST 34.310-2004), 1 = tc26-512 paramSetA (GOST 34.10-2015-512); the addon's own curve arithmetic.
   * A key seen a second time gets tables of its multiples in a bounded cache (least recently used out, keyed by the exact key bytes).
   */
  verify(curve: 0 | 1, digest: Uint8Array, signature: Uint8Array, publicKey: Uint8Array): boolean;
  /** the same as verify without the key cache: neither looks keys up nor adds them */
  verifyUncached(curve: 0 | 1, digest: Uint8Array, signature: Uint8Array, publicKey: Uint8Array): boolean;
  /** counters of a curve's key cache */
  keyCacheStats(curve: 0 | 1): {
    capacity: number;
    entries: number;
    hits: number;
    misses: number;
    builds: number;
    evictions: number;
  };
  /** empties both key caches and resets their counters (tests, benchmarks) */
  clearKeyCache(): void;
  /** 'mulx': the 512-bit field products use the x86-64 BMI2/ADX instructions; 'portable': plain C (other CPUs, or SHEKARA_GOST_PORTABLE=1) */
  readonly fieldArithmetic: 'mulx' | 'portable';
  /** the same check with OpenSSL's generic EC_POINT_mul for the curve part, to compare against */
  verifyOpenssl(curve: 0 | 1, digest: Uint8Array, signature: Uint8Array, publicKey: Uint8Array): boolean;
  /**
   * z1·G + z2·Q as affine x‖y (little-endian), by the own arithmetic (keyTables: through the tables a cached key gets) or OpenSSL's;
   * null for the point at infinity or a key off the curve. For tests.
   */
  combine(
    curve: 0 | 1,
    z1: Uint8Array,
    z2: Uint8Array,
    publicKey: Uint8Array,
    openssl: boolean,
    keyTables?: boolean,
  ): Uint8Array | null;
  /**
   * Imports an rsaEncryption SubjectPublicKeyInfo (DER, nothing after it; 1,024 to 16,384 bits) once.
   * Throws an Error for anything else (the caller then uses node:crypto).
   */
  rsaPublicKey(spki: Uint8Array): NativeRsaKey;
  /**
   * RSASSA-PKCS1-v1_5: hashes data and checks the signature with state kept per key and digest (so only on
   * the JavaScript thread that imported the key, which is the only one that can hold it): for the usual keys
   * the signature raised to e by OpenSSL's Montgomery products and compared with the whole encoded message,
   * for any other key OpenSSL's EVP_PKEY_verify as rsaVerifyEvp.
   * false for every signature that does not verify; a TypeError only for arguments of the wrong kind.
   */
  rsaVerify(key: NativeRsaKey, digest: RsaDigestName, data: Uint8Array, signature: Uint8Array): boolean;
  /** the same check by EVP_PKEY_verify on a context kept per key and digest, for every key, to compare against */
  rsaVerifyEvp(key: NativeRsaKey, digest: RsaDigestName, data: Uint8Array, signature: Uint8Array): boolean;
  /** the same check as node does it (a fresh EVP_DigestVerifyInit per call), to compare against */
  rsaVerifyPerCall(key: NativeRsaKey, digest: RsaDigestName, data: Uint8Array, signature: Uint8Array): boolean;
  /** the same check with OpenSSL's Montgomery products for the exponentiation, even where rsaVerify uses the IFMA code */
  rsaVerifyMontgomery(key: NativeRsaKey, digest: RsaDigestName, data: Uint8Array, signature: Uint8Array): boolean;
  /**
   * How rsaVerify checks this key's signatures: 'ifma' (rsa52.c, AVX-512 IFMA, 2,048- and 4,096-bit moduli),
   * 'montgomery' (OpenSSL's Montgomery products; odd modulus, odd e of 3 to 64 bits) or 'evp' (EVP_PKEY_verify). For tests.
   */
  rsaWay(key: NativeRsaKey): 'ifma' | 'montgomery' | 'evp';
  /** signature^e mod n by one way, as the modulus' length of bytes; null when that way does not take the key or the signature is not below n. For tests. */
  rsaRaise(key: NativeRsaKey, signature: Uint8Array, way: 'ifma' | 'montgomery'): Uint8Array | null;
  /** 'ifma' when this CPU runs rsa52.c (x86-64 with AVX-512 IFMA, unless SHEKARA_GOST_PORTABLE=1), else 'montgomery' */
  readonly rsaArithmetic: 'ifma' | 'montgomery';
  /** whether `expected` is the SHA-2 digest of `data` (false for an `expected` of another length); a TypeError only for arguments of the wrong kind */
  digestMatches(digest: RsaDigestName, data: Uint8Array, expected: Uint8Array): boolean;
}

export const addonPath = fileURLToPath(new URL('../../build/native/shekara_gost.node', import.meta.url));

const hex = (text: string) => new Uint8Array(Buffer.from(text, 'hex'));

const knownSignatures: Array<{ curve: 0 | 1; digest: string; signature: string; key: string }> = [
  {
    curve: 0,
    digest: '17ec8f4b01632555e96c04295983c1e33c075181189b2334ad9435bba2841fda',
    signature:
      'f675f7bf4529bb56cfc8bd5fa4cbc85d0ede4a90ad0e6056da21fdc643f3fb99a8c3690eb290505381265f86c2fe6f742f9417b3dc1259025b2439644e34d67d',
    key: '5d7044e4e0ed51ad3d2f19a80e4834fb16fd670521919f48f34f15b9c26c1ebc6e615543ef28eb7d5dd608931def0c02fc7f6a86e169d57234d42d1ecc9bda94',
  },
  {
    curve: 1,
    digest:
      '1cd980acfe4eeb7a0042bca7dda7182f48b885046c398cf752235fbca1d4bac05a339798a8efec2fe7850b6b8062a46b8964d4b6b545a369f544fbb28f474552',
    signature:
      '9acc1e9b33ea510ceab32609c3e30737e413df08e7cacd7cdfd5dd91ec1cb77a304c0b22ece866e12bb52b3da8887f5ff6f57bee6c4f8ac1320e91656fc05c934d1a7fdde0ab2b77b4576f2e9005526f08320ed127445e74a662686418410858adc1a20bdc0356be34b60e8c5ced0baa8f60bfb8c4dfe55ae5fc19b3d1a440f5',
    key: '0e5411b628441f76ff359c1fcea6a356c58ab44d2aa47a00448059379353dc99d0aa423cba54f83399718ae889c254f08b6eead3434a7b848a131b9aa606f6c578cc11606ac130356f973ee825e85cf2b051aaeda50ff3b8c90eee6cafd76e362c61e6c0c72dc1314c68191d113b6cd31ad8b5862269aac5dfa0135d0ca55b8d',
  },
];

/** Known answers the addon must give before it is trusted. */
export function selfCheck(addon: GostAddon): string | null {
  const empty = new Uint8Array(0);
  const m1 = new TextEncoder().encode('012345678901234567890123456789012345678901234567890123456789012');
  const digests: Array<[string, Uint8Array, string]> = [
    ['GOST 34.311-95("")', addon.gost34311(empty), 'ce85b99cc46752fffee35cab9a7b0278abb4c2d2055cff685af4912c49490f8d'],
    [
      'GOST 34.311-95("abc")',
      addon.gost34311(new TextEncoder().encode('abc')),
      'f3134348c44fb1b2a277729e2285ebb5cb5e0f29c975bc753b70497c06a4d51d',
    ],
    [
      'Streebog-512("")',
      addon.streebog(empty, 512),
      '8e945da209aa869f0455928529bcae4679e9873ab707b55315f56ceb98bef0a7362f715528356ee83cda5f2aac4c6ad2ba3a715c1bcd81cb8e9f90bf4c1c1a8a',
    ],
    [
      'Streebog-512(M1)',
      addon.streebog(m1, 512),
      '1b54d01a4af5b9d5cc3d86d68d285462b19abc2475222f35c085122be4ba1ffa00ad30f8767b3a82384c6574f024c311e2a481332b08ef7f41797891c1646f48',
    ],
    ['Streebog-256(M1)', addon.streebog(m1, 256), '9d151eefd8590b89daa6ba6cb74af9275dd051026bb149a452fd84e5e57b5500'],
  ];
  for (const [name, actual, expected] of digests) {
    if (Buffer.from(actual).toString('hex') !== expected) return `${name} is wrong`;
  }
  for (const { curve, digest, signature, key } of knownSignatures) {
    const tampered = hex(digest);
    tampered[0]! ^= 1;
    for (const verify of [addon.verify, addon.verifyUncached, addon.verifyOpenssl]) {
      // three times: verify builds a key's tables on its second sight and uses them from then on
      if (!verify(curve, hex(digest), hex(signature), hex(key)))
        return `a valid signature on curve ${curve} is refused`;
      if (verify(curve, tampered, hex(signature), hex(key)))
        return `a tampered signature on curve ${curve} is accepted`;
      if (!verify(curve, hex(digest), hex(signature), hex(key)))
        return `a valid signature on curve ${curve} is refused by a known key`;
    }
  }
  addon.clearKeyCache();
  return rsaSelfCheck(addon);
}

// A 2,048-bit key and a signature made once with node:crypto: the size the IFMA code (rsa52.c) takes.
const knownRsa = {
  spki: 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAtR98ts9eHTFVLbb7NHzSOqtrGiZR4OmpgFzkVqxMpLpjmO14/WdyS0meG9LmvmECqWVxlPtLYetzqPX+vnAgwQV2VlsWH0/gYg86RLRfF/EycySUoCvxmQJdUnZmZyJjCkJamZ3isXsJC6R78zKbi1LlhTXtpXH1GKPoljLF4Xk/z9jiHc5N+qW5IhQ5+9fXd3krDnqdZPsDiZpjQq1zZtAHBdsSjjlC8oE0buzuOkUbDqzBnFh/BpgCdExq8+FfYoZJyKSewny4mvVE1vf9LbCOjbcpRQ90XEQk4/k3zm8BgRYTdtSggm5VBKHuM+OBXxPopD3J5zYPur73p53uOQIDAQAB',
  data: 'shekara native RSA self-check, 2048 bits',
  signature:
    'M83XDhOYjJkKWZ5cC2fKP9RPAIz1ROpu3en8VcyHsH/4atapelxfkV0l1pW3OzHVAom90r/5TJZxFr3PU5Umg/NhM7xjXOOGf6+k9feZ6hFokMTFJA1Gms97V+g5XA3IFfsrWnAMR32BAHK73dNnloqH5hW624qW4DGMj5TgBk38ZgMuQ9hGjIqgXAlXBFDSWEZ6rqscZKFLn8P3wX1cFLGMEA3hoa97EMHk5F6lpxTezuVyn0VBwlDQC8saHY7cZw7l6yBJV5/pvTbXrNVqHAGqQkJHnGPPfDDxpo2yEu6BsXOxf9Mnq6+Lcfa6SEEvWy7CN4lLKqRS3LGmiEbjRA==',
};

/**
 * An RSA signature made now with node:crypto (1,024 bits) and a known one (2,048 bits) must verify
 * natively every way; a tampered one, a wrong digest and a non-RSA key must not.
 */
function rsaSelfCheck(addon: GostAddon): string | null {
  const known = addon.rsaPublicKey(new Uint8Array(Buffer.from(knownRsa.spki, 'base64')));
  const knownData = new TextEncoder().encode(knownRsa.data);
  const knownSignature = new Uint8Array(Buffer.from(knownRsa.signature, 'base64'));
  const knownTampered = knownSignature.slice();
  knownTampered[100]! ^= 0x20;
  for (const verify of [addon.rsaVerify, addon.rsaVerifyMontgomery, addon.rsaVerifyEvp]) {
    if (!verify(known, 'sha256', knownData, knownSignature)) return 'the known 2,048-bit RSA signature is refused';
    if (verify(known, 'sha256', knownData, knownTampered)) return 'a tampered 2,048-bit RSA signature is accepted';
  }
  // 1,024 bits: generated in about 10 ms at every start (2,048 takes several times longer); the path is the same
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 1024 });
  const key = addon.rsaPublicKey(new Uint8Array(publicKey.export({ format: 'der', type: 'spki' })));
  const data = new TextEncoder().encode('shekara native RSA self-check');
  const signature = new Uint8Array(sign('sha256', data, privateKey));
  const tampered = signature.slice();
  tampered[tampered.length - 1]! ^= 1;
  for (const verify of [addon.rsaVerify, addon.rsaVerifyMontgomery, addon.rsaVerifyEvp, addon.rsaVerifyPerCall]) {
    if (!verify(key, 'sha256', data, signature)) return 'a valid RSA signature is refused';
    if (verify(key, 'sha256', data, tampered)) return 'a tampered RSA signature is accepted';
    if (verify(key, 'sha512', data, signature)) return 'an RSA signature is accepted with the wrong digest';
  }
  const sha256Empty = hex('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  if (!addon.digestMatches('sha256', new Uint8Array(0), sha256Empty)) return 'SHA-256 of nothing is not matched';
  sha256Empty[31]! ^= 1;
  if (addon.digestMatches('sha256', new Uint8Array(0), sha256Empty)) return 'a wrong SHA-256 is matched';
  const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ format: 'der', type: 'spki' });
  try {
    addon.rsaPublicKey(new Uint8Array(ec));
  } catch {
    return null;
  }
  return 'an EC key is imported as an RSA key';
}

function load(): { addon: GostAddon | null; reason: string } {
  if (process.env.SHEKARA_GOST_BACKEND === 'bigint')
    return { addon: null, reason: 'turned off by SHEKARA_GOST_BACKEND=bigint' };
  let addon: GostAddon;
  try {
    addon = createRequire(import.meta.url)(addonPath) as GostAddon;
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return {
      addon: null,
      reason:
        (error as { code?: string }).code === 'MODULE_NOT_FOUND'
          ? 'not built (npm run build:native)'
          : `does not load: ${message}`,
    };
  }
  try {
    const failure = selfCheck(addon);
    return failure ? { addon: null, reason: `failed its self-check: ${failure}` } : { addon, reason: 'loaded' };
  } catch (error) {
    return { addon: null, reason: `failed its self-check: ${error instanceof Error ? error.message : String(error)}` };
  }
}

const loaded = load();

/** The addon, or null when absent, refused or turned off. */
export const nativeGost: GostAddon | null = loaded.addon;

/** Why the addon is or is not in use, for logs and test output. */
export const nativeGostStatus: string = loaded.reason;
