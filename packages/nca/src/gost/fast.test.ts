import { spawnSync } from 'node:child_process';
import { describe, expect, it, vi } from 'vitest';
import { corpusMissing, readCorpusDer } from '../testing/corpus.ts';
import { seededRandom } from '../testing/seeded-random.ts';
import { parseCertificate } from '../x509/certificate.ts';
import { type Curve, cryptoProA, tc26Gost512A } from './curves.ts';
import { gost34311, streebog512 } from './digests.ts';
import { gostBackend, verifyGostFast, verifyGostNative } from './fast.ts';
import { addonPath, nativeGost, nativeGostStatus } from './native.ts';
import { littleEndian, multiply, verifyGost } from './verify.ts';

if (!verifyGostNative)
  console.warn(
    `native GOST verification not compared, only the BigInt fallback is checked: the addon is ${nativeGostStatus}`,
  );

type Verify = (curve: Curve, digest: Uint8Array, signature: Uint8Array, publicKey: Uint8Array) => boolean;
const verifiers: Array<[string, Verify]> = [
  ['BigInt', verifyGost],
  ['verifyGostFast', verifyGostFast],
  ...(verifyGostNative ? [['native', verifyGostNative] as [string, Verify]] : []),
  ...(nativeGost ? [['native, no key cache', uncachedVerifier(nativeGost)] as [string, Verify]] : []),
  ...(nativeGost ? [['native, OpenSSL EC engine', opensslVerifier(nativeGost)] as [string, Verify]] : []),
];

function uncachedVerifier(addon: NonNullable<typeof nativeGost>): Verify {
  return (curve, digest, signature, publicKey) =>
    addon.verifyUncached(curve === cryptoProA ? 0 : 1, digest, signature, publicKey);
}

function opensslVerifier(addon: NonNullable<typeof nativeGost>): Verify {
  return (curve, digest, signature, publicKey) =>
    addon.verifyOpenssl(curve === cryptoProA ? 0 : 1, digest, signature, publicKey);
}

/** Every verifier gives `expected`; none throws. */
function expectAll(
  curve: Curve,
  digest: Uint8Array,
  signature: Uint8Array,
  publicKey: Uint8Array,
  expected: boolean,
  label = '',
) {
  for (const [name, verify] of verifiers)
    expect(verify(curve, digest, signature, publicKey), `${name} ${label}`).toBe(expected);
}

/** All verifiers agree, whatever the answer. Returns it. */
function expectAgreement(
  curve: Curve,
  digest: Uint8Array,
  signature: Uint8Array,
  publicKey: Uint8Array,
  label = '',
): boolean {
  const reference = verifyGost(curve, digest, signature, publicKey);
  expectAll(curve, digest, signature, publicKey, reference, label);
  return reference;
}

function random(seed: number) {
  const rng = seededRandom(seed);
  return { ...rng, scalar: (q: bigint) => (littleEndian(rng.bytes(80)) % (q - 1n)) + 1n };
}

const le = (value: bigint, size: number) => {
  const bytes = new Uint8Array(size);
  for (let i = 0, v = value; i < size; i++, v >>= 8n) bytes[i] = Number(v & 0xffn);
  return bytes;
};
const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((part) => [...part]));

/** A GOST signature made here with BigInt arithmetic, in NCA byte order. */
function sign(curve: Curve, d: bigint, k: bigint, digest: Uint8Array) {
  let e = littleEndian(digest) % curve.q;
  if (e === 0n) e = 1n;
  const [qx, qy] = multiply(curve, d, curve.gx, curve.gy)!;
  const [cx] = multiply(curve, k, curve.gx, curve.gy)!;
  const r = cx % curve.q;
  const s = (r * d + k * e) % curve.q;
  return {
    signature: concat(le(r, curve.size), le(s, curve.size)),
    publicKey: concat(le(qx, curve.size), le(qy, curve.size)),
    r,
    s,
    qx,
    qy,
  };
}

it('reports its backend', () => {
  expect(gostBackend()).toBe(nativeGost ? 'native' : 'bigint');
});

const corpusCases = [
  {
    name: 'GOST 34.310-2004',
    subject: 'nca-test-pki/certs/ceo_valid_sign_2004_gost.cer',
    issuer: 'nca-test-pki/ca/nca_gost_test.crt',
    curve: cryptoProA,
    digest: gost34311,
  },
  {
    name: 'GOST 34.10-2015-512',
    subject: 'nca-test-pki/gokalkan/gost1.cer',
    issuer: 'nca-test-pki/ca/nca_gost2015_test.cer',
    curve: tc26Gost512A,
    digest: streebog512,
  },
  {
    name: 'GOST 34.10-2015-512 (second certificate)',
    subject: 'nca-test-pki/gokalkan/gost2.cer',
    issuer: 'nca-test-pki/ca/nca_gost2015_test.cer',
    curve: tc26Gost512A,
    digest: streebog512,
  },
];

describe.each(corpusCases)('real NCA certificates, every backend — $name', ({ subject, issuer, curve, digest }) => {
  const missing = corpusMissing(subject) ?? corpusMissing(issuer);
  if (missing) console.warn(`skipped: ${missing}`);
  const load = () => ({ child: parseCertificate(readCorpusDer(subject)), ca: parseCertificate(readCorpusDer(issuer)) });

  it.skipIf(missing !== null)('valid with the issuer’s key', () => {
    const { child, ca } = load();
    expectAll(curve, digest(child.tbs), child.signature, ca.publicKey, true);
  });

  it.skipIf(missing !== null)('invalid once the body, the signature or the key is changed anywhere', () => {
    const { child, ca } = load();
    const rng = random(7);
    const good = digest(child.tbs);
    for (let i = 0; i < 12; i++) {
      const body = Uint8Array.from(child.tbs);
      body[rng.int(body.length)]! ^= 1 << rng.int(8);
      expectAll(curve, digest(body), child.signature, ca.publicKey, false, 'body changed');
      const signature = Uint8Array.from(child.signature);
      signature[rng.int(signature.length)]! ^= 1 << rng.int(8);
      expectAll(curve, good, signature, ca.publicKey, false, 'signature changed');
      const key = Uint8Array.from(ca.publicKey);
      key[rng.int(key.length)]! ^= 1 << rng.int(8);
      expectAll(curve, good, child.signature, key, false, 'key changed');
    }
    const swapped = concat(child.signature.subarray(curve.size), child.signature.subarray(0, curve.size));
    expectAll(curve, good, swapped, ca.publicKey, false, 'r and s swapped');
    const bigEndianHalves = concat(
      child.signature.subarray(0, curve.size).reverse(),
      child.signature.subarray(curve.size).reverse(),
    );
    expectAll(curve, good, bigEndianHalves, ca.publicKey, false, 'big-endian halves');
    expectAll(curve, Uint8Array.from(good).reverse(), child.signature, ca.publicKey, false, 'digest reversed');
  });
});

describe.each([cryptoProA, tc26Gost512A])('signatures made here, every backend — $name', (curve) => {
  const rng = random(curve.size);

  it('valid signatures on random keys and digests verify, and their variants do not', () => {
    for (let i = 0; i < 6; i++) {
      const digest = rng.bytes(curve.size);
      const { signature, publicKey, r, s } = sign(curve, rng.scalar(curve.q), rng.scalar(curve.q), digest);
      expectAll(curve, digest, signature, publicKey, true, 'valid');
      expectAll(
        curve,
        digest,
        concat(le(r, curve.size), le((s + 1n) % curve.q, curve.size)),
        publicKey,
        false,
        's + 1',
      );
      expectAll(curve, digest, concat(le(curve.q - r, curve.size), le(s, curve.size)), publicKey, false, 'q − r');
      const negated = concat(
        publicKey.subarray(0, curve.size),
        le(curve.p - littleEndian(publicKey.subarray(curve.size)), curve.size),
      );
      expectAll(curve, digest, signature, negated, false, '−Q');
    }
  });

  it('a digest ≡ 0 mod q is taken as 1, and one ≡ 1 then verifies the same signature', () => {
    const zero = le(curve.q, curve.size);
    const { signature, publicKey } = sign(curve, 12345n, 67890n, zero);
    expectAll(curve, zero, signature, publicKey, true, 'e = q');
    expectAll(curve, le(1n, curve.size), signature, publicKey, true, 'e = 1');
    expectAll(curve, le(2n, curve.size), signature, publicKey, false, 'e = 2');
  });

  it('r, s and key coordinates at and beyond their bounds are refused', () => {
    const digest = rng.bytes(curve.size);
    const { publicKey, qx, qy, r, s } = sign(curve, 999n, 1000n, digest);
    const n = curve.size;
    for (const [badR, badS] of [
      [0n, s],
      [r, 0n],
      [curve.q, s],
      [r, curve.q],
      [curve.q + r, s],
      [(1n << BigInt(8 * n)) - 1n, s],
    ] as const) {
      expectAll(curve, digest, concat(le(badR, n), le(badS, n)), publicKey, false, `r=${badR} s=${badS}`);
    }
    const signature = concat(le(r, n), le(s, n));
    expectAll(curve, digest, signature, concat(le(qx + curve.p, n), le(qy, n)), false, 'x + p');
    expectAll(curve, digest, signature, concat(le(qx, n), le(qy + 1n, n)), false, 'off the curve');
    expectAll(curve, digest, signature, new Uint8Array(2 * n), false, '(0, 0)');
    expectAll(curve, digest, signature, concat(le(curve.gx, n), le(curve.gy, n)), false, 'Q = G');
  });
});

describe('random garbage is refused alike by every backend, never thrown', () => {
  it.each([cryptoProA, tc26Gost512A])('$name: 300 random inputs', (curve) => {
    const rng = random(curve.size * 31 + 1);
    const n = curve.size;
    const lengths = () => [2 * n, 2 * n, 2 * n, 0, 1, n, 2 * n - 1, 2 * n + 1, 4 * n][rng.int(9)]!;
    for (let i = 0; i < 300; i++) {
      const digest = rng.bytes([n, n, 0, 1, 16, 2 * n, 100][rng.int(7)]!);
      const signature = rng.bytes(lengths());
      // half the keys are real curve points, so the curve arithmetic runs on garbage r, s, e
      const publicKey =
        i % 2 === 0 ? sign(curve, (rng.scalar(curve.q) % 100000n) + 1n, 2n, digest).publicKey : rng.bytes(lengths());
      expectAgreement(curve, digest, signature, publicKey, `case ${i}`);
    }
  });

  it('values of the wrong type give false from verifyGostFast', () => {
    const bad = [
      undefined,
      null,
      42,
      'text',
      [1, 2, 3],
      {},
      new Uint16Array(64),
      new ArrayBuffer(64),
    ] as unknown as Uint8Array[];
    for (const value of bad) {
      expect(verifyGostFast(cryptoProA, value, new Uint8Array(64), new Uint8Array(64))).toBe(false);
      expect(verifyGostFast(cryptoProA, new Uint8Array(32), value, new Uint8Array(64))).toBe(false);
      expect(verifyGostFast(tc26Gost512A, new Uint8Array(64), new Uint8Array(128), value)).toBe(false);
    }
  });

  it.skipIf(!nativeGost)('the addon itself throws TypeError, not a crash, on arguments of the wrong type', () => {
    const addon = nativeGost!;
    expect(() => addon.verify(2 as 0, new Uint8Array(32), new Uint8Array(64), new Uint8Array(64))).toThrow(TypeError);
    expect(() => addon.verify(0, 'x' as unknown as Uint8Array, new Uint8Array(64), new Uint8Array(64))).toThrow(
      TypeError,
    );
    expect(() => addon.streebog(new Uint8Array(1), 384 as 512)).toThrow(TypeError);
    expect(() => addon.gost34311(undefined as unknown as Uint8Array)).toThrow(TypeError);
  });
});

/** The curves the addon knows, each with its number in the addon. */
const addonCurves = [
  [cryptoProA, 0],
  [tc26Gost512A, 1],
] as const;

describe.skipIf(!nativeGost).each(addonCurves)(
  'the addon’s own curve arithmetic equals OpenSSL’s — %s',
  (curve, id) => {
    const addon = nativeGost!;
    const n = curve.size;
    const point = (k: bigint) =>
      addon.combine(id, le(k, n), le(0n, n), concat(le(curve.gx, n), le(curve.gy, n)), true)!;

    it('z1·G + z2·Q on 400 random and boundary scalars and keys', () => {
      const rng = random(1000 + id);
      const special = [
        0n,
        1n,
        2n,
        3n,
        15n,
        16n,
        17n,
        63n,
        64n,
        65n,
        curve.q - 1n,
        curve.q - 2n,
        curve.q - 63n,
        (curve.q - 1n) / 2n,
        1n << BigInt(8 * n - 2),
      ];
      const scalar = () => (rng.int(3) === 0 ? special[rng.int(special.length)]! : rng.scalar(curve.q));
      for (let i = 0; i < 400; i++) {
        const keyScalar = i % 7 === 0 ? special[1 + rng.int(special.length - 1)]! : rng.scalar(curve.q);
        const key = point(keyScalar);
        const z1 = le(scalar(), n);
        const z2 = le(scalar(), n);
        const own = addon.combine(id, z1, z2, key, false);
        const tables = addon.combine(id, z1, z2, key, false, true);
        const openssl = addon.combine(id, z1, z2, key, true);
        expect(own && Buffer.from(own).toString('hex'), `case ${i}`).toBe(
          openssl && Buffer.from(openssl).toString('hex'),
        );
        expect(tables && Buffer.from(tables).toString('hex'), `case ${i}, key tables`).toBe(
          openssl && Buffer.from(openssl).toString('hex'),
        );
      }
    });

    it('the points where the sum cancels or doubles: z·G + (q − z)·G, z·G + z·G, and Q = −G', () => {
      const g = concat(le(curve.gx, n), le(curve.gy, n));
      const minusG = concat(le(curve.gx, n), le(curve.p - curve.gy, n));
      for (const z of [1n, 5n, 12345n, 1n << BigInt(4 * n), (1n << BigInt(6 * n)) + 3n, curve.q - 1n]) {
        for (const tables of [false, true]) {
          expect(addon.combine(id, le(z, n), le(curve.q - z, n), g, false, tables)).toBeNull();
          expect(addon.combine(id, le(z, n), le(z, n), minusG, false, tables)).toBeNull();
          const twice = addon.combine(id, le(z, n), le(z, n), g, false, tables);
          expect(twice && Buffer.from(twice).toString('hex')).toBe(
            Buffer.from(point((2n * z) % curve.q)).toString('hex'),
          );
        }
      }
    });
  },
);

describe.skipIf(!nativeGost).each(addonCurves)('the addon’s key cache — %s', (curve, id) => {
  const addon = nativeGost!;
  const n = curve.size;
  const g = concat(le(curve.gx, n), le(curve.gy, n));
  /** k·G by OpenSSL's code, as NCA-order x‖y: much faster than BigInt for hundreds of keys */
  const times = (k: bigint) => addon.combine(id, le(k, n), le(0n, n), g, true)!;
  function signFast(d: bigint, k: bigint, digest: Uint8Array) {
    let e = littleEndian(digest) % curve.q;
    if (e === 0n) e = 1n;
    const r = littleEndian(times(k).subarray(0, n)) % curve.q;
    const s = (r * d + k * e) % curve.q;
    return concat(le(r, n), le(s, n));
  }
  const tamperings = (digest: Uint8Array, signature: Uint8Array): Array<[string, Uint8Array, Uint8Array]> => {
    const flippedDigest = Uint8Array.from(digest);
    flippedDigest[n - 1]! ^= 0x80;
    const r = littleEndian(signature.subarray(0, n));
    const s = littleEndian(signature.subarray(n));
    return [
      ['digest bit', flippedDigest, signature],
      ['s + 1', digest, concat(le(r, n), le((s + 1n) % curve.q, n))],
      ['r + 1', digest, concat(le((r + 1n) % curve.q, n), le(s, n))],
      ['q − s', digest, concat(le(r, n), le(curve.q - s, n))],
    ];
  };

  it('the same key many times: tables built once, valid signatures verify, tampered ones never', () => {
    addon.clearKeyCache();
    const rng = random(7000 + id);
    const d = rng.scalar(curve.q);
    const key = times(d);
    for (let i = 0; i < 40; i++) {
      const digest = rng.bytes(n);
      const signature = signFast(d, rng.scalar(curve.q), digest);
      if (i < 3) expect(verifyGost(curve, digest, signature, key), `BigInt, signature ${i}`).toBe(true);
      expect(addon.verify(id, digest, signature, key), `signature ${i}`).toBe(true);
      expect(addon.verifyUncached(id, digest, signature, key), `signature ${i}, no cache`).toBe(true);
      for (const [label, badDigest, badSignature] of tamperings(digest, signature)) {
        expect(addon.verify(id, badDigest, badSignature, key), `signature ${i}, ${label}`).toBe(false);
        expect(addon.verifyOpenssl(id, badDigest, badSignature, key), `signature ${i}, ${label}, OpenSSL`).toBe(false);
      }
    }
    const stats = addon.keyCacheStats(id);
    expect(stats.entries).toBe(1);
    expect(stats.builds).toBe(1);
    expect(stats.hits).toBe(40 * 5 - 2);
    // another key with the same signature is refused, cached or not
    const other = times(d + 1n);
    const digest = rng.bytes(n);
    const signature = signFast(d, 77n, digest);
    for (let i = 0; i < 3; i++) expect(addon.verify(id, digest, signature, other)).toBe(false);
    expect(addon.verify(id, digest, signature, key)).toBe(true);
  });

  it('more keys than the cache holds: least recently used out, every answer still right', () => {
    addon.clearKeyCache();
    const rng = random(8000 + id);
    const { capacity } = addon.keyCacheStats(id);
    const count = capacity + 60;
    const keys = Array.from({ length: count }, (_, i) => {
      const d = rng.scalar(curve.q);
      const digest = rng.bytes(n);
      return { d, key: times(d), digest, signature: signFast(d, BigInt(i + 2) * 1000003n, digest) };
    });
    // each key twice: the second sight builds its tables
    for (const { key, digest, signature } of keys) {
      expect(addon.verify(id, digest, signature, key)).toBe(true);
      expect(addon.verify(id, digest, signature, key)).toBe(true);
    }
    let stats = addon.keyCacheStats(id);
    expect(stats.entries).toBe(capacity);
    expect(stats.builds).toBe(count);
    expect(stats.evictions).toBe(count - capacity);
    // the first keys were evicted, the last ones are cached: all verify, all refuse tampering
    for (const [index, { key, digest, signature }] of keys.entries()) {
      expect(addon.verify(id, digest, signature, key), `key ${index}`).toBe(true);
      for (const [label, badDigest, badSignature] of tamperings(digest, signature)) {
        expect(addon.verify(id, badDigest, badSignature, key), `key ${index}, ${label}`).toBe(false);
      }
      // a signature by the neighbouring key is refused with this one
      const neighbour = keys[(index + 1) % count]!;
      expect(addon.verify(id, neighbour.digest, neighbour.signature, key), `key ${index}, neighbour's signature`).toBe(
        false,
      );
    }
    stats = addon.keyCacheStats(id);
    expect(stats.entries).toBe(capacity);
    for (const index of [0, 1, count - 1]) {
      const { key, digest, signature } = keys[index]!;
      expect(verifyGost(curve, digest, signature, key), `BigInt, key ${index}`).toBe(true);
    }
    addon.clearKeyCache();
    expect(addon.keyCacheStats(id).entries).toBe(0);
  });

  it('a key off the curve is never cached, however often it comes', () => {
    addon.clearKeyCache();
    const digest = new Uint8Array(n).fill(5);
    const signature = signFast(3n, 5n, digest);
    const good = times(3n);
    const bad = concat(good.subarray(0, n), le((littleEndian(good.subarray(n)) + 1n) % curve.p, n));
    for (let i = 0; i < 5; i++) expect(addon.verify(id, digest, signature, bad)).toBe(false);
    expect(addon.keyCacheStats(id).entries).toBe(0);
    for (let i = 0; i < 3; i++) expect(addon.verify(id, digest, signature, good)).toBe(true);
    expect(addon.keyCacheStats(id).entries).toBe(1);
  });
});

describe.skipIf(!nativeGost)('the portable field arithmetic (what CPUs without BMI2/ADX run)', () => {
  it('equals OpenSSL’s on random scalars and keys, on both curves, with and without key tables', () => {
    // a separate process: the choice is made once, when the addon loads
    const script = `
      const addon = require(${JSON.stringify(addonPath)});
      const { randomBytes } = require('node:crypto');
      if (addon.fieldArithmetic !== 'portable') throw new Error('arithmetic: ' + addon.fieldArithmetic);
      const gs = [
        ['${cryptoProA.gx.toString(16).padStart(64, '0')}', '${cryptoProA.gy.toString(16).padStart(64, '0')}'],
        ['${tc26Gost512A.gx.toString(16).padStart(128, '0')}', '${tc26Gost512A.gy.toString(16).padStart(128, '0')}'],
      ];
      const le = (hex) => Buffer.from(hex, 'hex').reverse();
      let cases = 0;
      for (const id of [0, 1]) {
        const n = id === 0 ? 32 : 64;
        const g = Buffer.concat([le(gs[id][0]), le(gs[id][1])]);
        const scalar = () => { const b = randomBytes(n); b[n - 1] &= 0x7f; return b; };
        for (let i = 0; i < 60; i++) {
          const key = addon.combine(id, scalar(), Buffer.alloc(n), g, true);
          const z1 = scalar(), z2 = scalar();
          const expected = Buffer.from(addon.combine(id, z1, z2, key, true)).toString('hex');
          for (const tables of [false, true]) {
            const own = Buffer.from(addon.combine(id, z1, z2, key, false, tables)).toString('hex');
            if (own !== expected) throw new Error('curve ' + id + ' case ' + i + ' tables ' + tables);
            cases++;
          }
        }
      }
      console.log('ok ' + cases);
    `;
    const run = spawnSync(process.execPath, ['-e', script], {
      encoding: 'utf8',
      env: { ...process.env, SHEKARA_GOST_PORTABLE: '1' },
    });
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe('ok 240');
  });
});

describe('SHEKARA_GOST_BACKEND=bigint', () => {
  it('forces the BigInt fallback and the JavaScript digests', async () => {
    vi.stubEnv('SHEKARA_GOST_BACKEND', 'bigint');
    vi.resetModules();
    try {
      const fast = await import('./fast.ts');
      const digests = await import('./digests.ts');
      expect(fast.gostBackend()).toBe('bigint');
      expect(fast.verifyGostNative).toBeNull();
      expect(digests.nativeDigests).toBeNull();
    } finally {
      vi.unstubAllEnvs();
      vi.resetModules();
    }
  });
});
