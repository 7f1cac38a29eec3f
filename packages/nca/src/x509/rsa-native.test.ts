import { constants, createHash, generateKeyPairSync, type KeyObject, privateEncrypt, sign, verify } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { algorithm, bitString, integer, sequence, unsignedInteger } from '../asn1/der-writer.ts';
import { type NativeRsaKey, nativeGost, nativeGostStatus, type RsaDigestName } from '../gost/native.ts';
import { corpusMissing, readCorpusDer } from '../testing/corpus.ts';
import { parseCertificate } from './certificate.ts';
import { checkCertificateSignature, checkSignature } from './certificate-signature.ts';
import { fixedDsaPublicKey, fixedRsaKeyPair } from './rsa-test-keys.ts';

// The addon's RSA path (native/gost/rsa.c) against node:crypto, which it replaces in checkSignature.
const addon = nativeGost;
if (!addon) console.warn(`native RSA tests skipped: the addon is ${nativeGostStatus}`);

const spkiOf = (key: KeyObject) => new Uint8Array(key.export({ format: 'der', type: 'spki' }));
const rsa = (modulusLength: number) =>
  modulusLength === 3072 || modulusLength === 4096
    ? fixedRsaKeyPair(modulusLength)
    : generateKeyPairSync('rsa', { modulusLength });
const key2048 = rsa(2048);
const other2048 = rsa(2048);
const digests: RsaDigestName[] = ['sha256', 'sha384', 'sha512'];

describe.skipIf(!addon)('native RSA verification', () => {
  const a = addon!;
  const engines = () => [a.rsaVerify, a.rsaVerifyMontgomery, a.rsaVerifyEvp, a.rsaVerifyPerCall];
  // the describe body is run even when skipped: import only with the addon
  const handle = addon ? addon.rsaPublicKey(spkiOf(key2048.publicKey)) : (null as unknown as NativeRsaKey);

  /** native (both ways) and node:crypto give the same answer; returns it */
  const agree = (
    key: NativeRsaKey,
    nodeKey: KeyObject,
    digest: RsaDigestName,
    data: Uint8Array,
    signature: Uint8Array,
  ) => {
    const expected = verify(digest, data, nodeKey, signature);
    for (const check of engines()) expect(check(key, digest, data, signature)).toBe(expected);
    return expected;
  };

  it.each([1024, 2048, 3072, 4096])(
    'accepts valid signatures of a %i-bit key with SHA-256/384/512 as node does',
    (bits) => {
      const pair = bits === 2048 ? key2048 : rsa(bits);
      const key = a.rsaPublicKey(spkiOf(pair.publicKey));
      for (const digest of digests) {
        for (const length of [0, 1, 100, 5000]) {
          const data = new Uint8Array(length).map((_, i) => (i * 31 + length) & 0xff);
          const signature = new Uint8Array(sign(digest, data, pair.privateKey));
          expect(agree(key, pair.publicKey, digest, data, signature)).toBe(true);
          // a signature made with another digest does not verify under this one
          for (const wrong of digests.filter((d) => d !== digest))
            expect(agree(key, pair.publicKey, wrong, data, signature)).toBe(false);
        }
      }
    },
    60_000,
  ); // generating a 4,096-bit key takes seconds

  it('refuses every single-bit flip of the signature and of the data, as node does', () => {
    const data = new TextEncoder().encode('a short message.');
    const signature = new Uint8Array(sign('sha256', data, key2048.privateKey));
    expect(agree(handle, key2048.publicKey, 'sha256', data, signature)).toBe(true);
    for (let bit = 0; bit < signature.length * 8; bit++) {
      const flipped = signature.slice();
      flipped[bit >> 3]! ^= 1 << (bit & 7);
      expect(agree(handle, key2048.publicKey, 'sha256', data, flipped)).toBe(false);
    }
    for (let bit = 0; bit < data.length * 8; bit++) {
      const flipped = data.slice();
      flipped[bit >> 3]! ^= 1 << (bit & 7);
      expect(agree(handle, key2048.publicKey, 'sha256', flipped, signature)).toBe(false);
    }
    // and the context reused after all those refusals still accepts the valid one
    expect(a.rsaVerify(handle, 'sha256', data, signature)).toBe(true);
  });

  it('refuses a signature under the wrong key', () => {
    const data = new TextEncoder().encode('payload');
    const signature = new Uint8Array(sign('sha256', data, key2048.privateKey));
    const wrong = a.rsaPublicKey(spkiOf(other2048.publicKey));
    expect(agree(wrong, other2048.publicKey, 'sha256', data, signature)).toBe(false);
  });

  it('refuses truncated, oversized, zero and out-of-range signatures, as node does', () => {
    const small = rsa(1024);
    const key = a.rsaPublicKey(spkiOf(small.publicKey));
    const data = new Uint8Array(64).fill(7);
    // a signature whose first byte is 0, so that its shortened form is the same number
    let signature = new Uint8Array(0);
    for (let i = 0; i < 5000 && signature[0] !== 0; i++) {
      data[0] = i & 0xff;
      data[1] = i >> 8;
      signature = new Uint8Array(sign('sha256', data, small.privateKey));
    }
    expect(signature[0]).toBe(0);
    expect(agree(key, small.publicKey, 'sha256', data, signature)).toBe(true);
    const cases = [
      signature.subarray(1), // leading zero stripped
      signature.subarray(0, 64),
      new Uint8Array(0),
      Uint8Array.of(0, ...signature), // leading zero added
      Uint8Array.of(...signature, 0),
      new Uint8Array(129),
      new Uint8Array(128), // zero
      new Uint8Array(128).fill(0xff), // above the modulus
    ];
    for (const bad of cases) expect(agree(key, small.publicKey, 'sha256', data, bad)).toBe(false);
  });

  it('reads data and signatures that are views into a larger buffer', () => {
    const data = new TextEncoder().encode('inside a larger buffer');
    const signature = new Uint8Array(sign('sha384', data, key2048.privateKey));
    const backing = new Uint8Array(1000);
    backing.set(data, 3);
    backing.set(signature, 500);
    for (const check of engines()) {
      expect(
        check(handle, 'sha384', backing.subarray(3, 3 + data.length), backing.subarray(500, 500 + signature.length)),
      ).toBe(true);
      expect(
        check(handle, 'sha384', backing.subarray(4, 4 + data.length), backing.subarray(500, 500 + signature.length)),
      ).toBe(false);
    }
  });

  it('throws a TypeError for a handle that is not an RSA key of its own, a digest it does not know and data of the wrong kind', () => {
    const data = new Uint8Array(1);
    const signature = new Uint8Array(256);
    for (const check of engines()) {
      for (const notAKey of [null, undefined, {}, 1, 'key', data, spkiOf(key2048.publicKey), key2048.publicKey]) {
        expect(() => check(notAKey as unknown as NativeRsaKey, 'sha256', data, signature)).toThrow(TypeError);
      }
      for (const digest of ['sha1', 'SHA256', 'md5', 'sha256 ', '', 'sha512/256']) {
        expect(() => check(handle, digest as RsaDigestName, data, signature)).toThrow(TypeError);
      }
      expect(() => check(handle, 'sha256', 'text' as unknown as Uint8Array, signature)).toThrow(TypeError);
      expect(() => check(handle, 'sha256', data, new Uint16Array(128) as unknown as Uint8Array)).toThrow(TypeError);
      expect(() => (check as unknown as (...args: unknown[]) => boolean)(handle, 'sha256', data)).toThrow(TypeError);
    }
  });

  /** node's answer, with a key or signature node throws on counted as a refusal (checkSignature does the same) */
  const nodeSays = (
    nodeKey: KeyObject | Uint8Array,
    digest: RsaDigestName,
    data: Uint8Array,
    signature: Uint8Array,
  ) => {
    try {
      const key =
        nodeKey instanceof Uint8Array
          ? { key: Buffer.from(nodeKey), format: 'der' as const, type: 'spki' as const }
          : nodeKey;
      return verify(digest, data, key, signature);
    } catch {
      return false;
    }
  };
  const modulusOf = (key: KeyObject) => Buffer.from(key.export({ format: 'jwk' }).n!, 'base64url');
  const bigint = (bytes: Uint8Array) => BigInt(`0x${Buffer.from(bytes).toString('hex') || '0'}`);
  const bytesOf = (value: bigint, length: number) =>
    Uint8Array.from(Buffer.from(value.toString(16).padStart(2 * length, '0'), 'hex'));
  const digestInfoPrefix: Record<RsaDigestName, string> = {
    sha256: '3031300d060960864801650304020105000420',
    sha384: '3041300d060960864801650304020205000430',
    sha512: '3051300d060960864801650304020305000440',
  };
  /** 00 01 FF…FF 00 ‖ T for a T, the modulus' length */
  const encoded = (t: Uint8Array, length: number, blockType = 1, leading = 0) =>
    Uint8Array.from([leading, blockType, ...new Uint8Array(length - t.length - 3).fill(0xff), 0, ...t]);

  it('raises signatures itself for the usual keys and leaves the others to EVP_PKEY_verify', () => {
    const own = a.rsaArithmetic === 'ifma' ? 'ifma' : 'montgomery';
    expect(a.rsaWay(handle)).toBe(own);
    expect(a.rsaWay(a.rsaPublicKey(spkiOf(rsa(4096).publicKey)))).toBe(own);
    expect(a.rsaWay(a.rsaPublicKey(spkiOf(rsa(3072).publicKey)))).toBe('montgomery');
    expect(a.rsaWay(a.rsaPublicKey(spkiOf(rsa(1024).publicKey)))).toBe('montgomery');
    expect(
      a.rsaWay(
        a.rsaPublicKey(spkiOf(generateKeyPairSync('rsa', { modulusLength: 1024, publicExponent: 3 }).publicKey)),
      ),
    ).toBe('montgomery');
    const n = modulusOf(key2048.publicKey);
    const spki = (modulus: Uint8Array, exponent: bigint) =>
      sequence(algorithm('1.2.840.113549.1.1.1'), bitString(sequence(unsignedInteger(modulus), integer(exponent))));
    const evenModulus = n.slice();
    evenModulus[evenModulus.length - 1]! ^= 1;
    for (const [modulus, exponent] of [
      [n, 65536n], // even exponent
      [n, 1n],
      [n, (1n << 64n) + 1n], // longer than 64 bits
      [evenModulus, 65537n],
    ] as const) {
      let key: NativeRsaKey;
      try {
        key = a.rsaPublicKey(spki(modulus, exponent));
      } catch {
        continue; // OpenSSL refused the key outright: node's answer is used then
      }
      expect(a.rsaWay(key)).toBe('evp');
      expect(a.rsaRaise(key, new Uint8Array(256).fill(3), 'montgomery')).toBeNull();
      expect(a.rsaRaise(key, new Uint8Array(256).fill(3), 'ifma')).toBeNull();
      const data = new TextEncoder().encode('odd key');
      for (const signature of [new Uint8Array(sign('sha256', data, key2048.privateKey)), new Uint8Array(256).fill(3)]) {
        const expected = nodeSays(spki(modulus, exponent), 'sha256', data, signature);
        for (const check of engines()) expect(check(key, 'sha256', data, signature)).toBe(expected);
      }
    }
    expect(() => a.rsaWay({} as unknown as NativeRsaKey)).toThrow(TypeError);
  });

  it('verifies under small and unusual odd exponents as node does', () => {
    for (const publicExponent of [3, 17, 0x10003, 0x7fffffff]) {
      const pair = generateKeyPairSync('rsa', { modulusLength: 1024, publicExponent });
      const key = a.rsaPublicKey(spkiOf(pair.publicKey));
      expect(a.rsaWay(key)).toBe('montgomery');
      for (const digest of digests) {
        const data = new TextEncoder().encode(`e = ${publicExponent}`);
        const signature = new Uint8Array(sign(digest, data, pair.privateKey));
        expect(agree(key, pair.publicKey, digest, data, signature)).toBe(true);
        signature[17]! ^= 4;
        expect(agree(key, pair.publicKey, digest, data, signature)).toBe(false);
      }
    }
  });

  it('raises like BigInt both ways, on real and on extreme moduli of 2,048 and 4,096 bits', () => {
    const modPow = (base: bigint, exponent: bigint, modulus: bigint) => {
      let result = 1n;
      let square = base % modulus;
      for (let rest = exponent; rest > 0n; rest >>= 1n) {
        if (rest & 1n) result = (result * square) % modulus;
        square = (square * square) % modulus;
      }
      return result;
    };
    const spki = (modulus: bigint, exponent: bigint, bytes: number) =>
      sequence(
        algorithm('1.2.840.113549.1.1.1'),
        bitString(sequence(unsignedInteger(bytesOf(modulus, bytes)), integer(exponent))),
      );
    let seed = 7;
    const random = (bytes: number) =>
      bigint(new Uint8Array(bytes).map(() => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24));
    const moduli: bigint[] = [];
    for (const bytes of [256, 512]) {
      const bits = BigInt(8 * bytes);
      moduli.push(
        (1n << bits) - 1n, // every limb full
        (1n << (bits - 1n)) + 1n, // the smallest odd modulus of this size
        (1n << bits) - (random(bytes / 2) | 1n), // high limbs full, low ones random
        random(bytes) | (1n << (bits - 1n)) | 1n,
      );
    }
    moduli.push(bigint(modulusOf(key2048.publicKey)), bigint(modulusOf(rsa(4096).publicKey)));
    const ways = a.rsaArithmetic === 'ifma' ? (['ifma', 'montgomery'] as const) : (['montgomery'] as const);
    for (const n of moduli) {
      const bytes = n >= 1n << 2048n ? 512 : 256;
      for (const e of [65537n, 3n, 17n, (1n << 64n) - 1n, 0x80000001n]) {
        const key = a.rsaPublicKey(spki(n, e, bytes));
        expect(a.rsaWay(key)).toBe(ways[0]);
        const values = [
          0n,
          1n,
          2n,
          n - 1n,
          n - 2n,
          1n << 1000n,
          random(bytes) % n,
          random(bytes) % n,
          random(bytes >> 1),
        ];
        if (e === 65537n) for (let i = 0; i < 8; i++) values.push(random(bytes) % n);
        for (const value of values) {
          const expected = bytesOf(modPow(value, e, n), bytes);
          for (const way of ways)
            expect(a.rsaRaise(key, bytesOf(value, bytes), way), `${way} ${n} ${e} ${value}`).toEqual(expected);
        }
        for (const way of ways) {
          expect(a.rsaRaise(key, bytesOf(n, bytes), way)).toBeNull();
          if (n + 1n < 1n << BigInt(8 * bytes)) expect(a.rsaRaise(key, bytesOf(n + 1n, bytes), way)).toBeNull();
          expect(a.rsaRaise(key, new Uint8Array(bytes - 1), way)).toBeNull();
        }
      }
    }
    expect(() => a.rsaRaise(handle, new Uint8Array(256), 'evp' as 'ifma')).toThrow(TypeError);
  });

  it('verifies 2,048-bit keys with other public exponents as node does, every way', () => {
    for (const publicExponent of [3, 0x7fffffff]) {
      const pair = generateKeyPairSync('rsa', { modulusLength: 2048, publicExponent });
      const key = a.rsaPublicKey(spkiOf(pair.publicKey));
      for (const digest of digests) {
        const data = new TextEncoder().encode(`2,048 bits, e = ${publicExponent}`);
        const signature = new Uint8Array(sign(digest, data, pair.privateKey));
        expect(agree(key, pair.publicKey, digest, data, signature)).toBe(true);
        signature[200]! ^= 1;
        expect(agree(key, pair.publicKey, digest, data, signature)).toBe(false);
      }
    }
  });

  it('agrees with node on a thousand signatures of a 2,048-bit key, valid and tampered', () => {
    let seed = 5;
    for (let i = 0; i < 500; i++) {
      const data = new Uint8Array(i % 300).map(() => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24);
      const signature = new Uint8Array(sign('sha256', data, key2048.privateKey));
      expect(agree(handle, key2048.publicKey, 'sha256', data, signature)).toBe(true);
      signature[(seed >>> 8) % 256]! ^= 1 << (i & 7);
      expect(agree(handle, key2048.publicKey, 'sha256', data, signature)).toBe(false);
    }
  });

  it('accepts only the exact encoded message, as OpenSSL does', () => {
    const length = 256;
    const data = new TextEncoder().encode('the signed attributes');
    const raise = (message: Uint8Array) =>
      new Uint8Array(privateEncrypt({ key: key2048.privateKey, padding: constants.RSA_NO_PADDING }, message));
    for (const digest of digests) {
      const hash = createHash(digest).update(data).digest();
      const prefix = Buffer.from(digestInfoPrefix[digest], 'hex');
      const t = Uint8Array.from([...prefix, ...hash]);
      const right = raise(encoded(t, length));
      expect(agree(handle, key2048.publicKey, digest, data, right)).toBe(true);
      const wrongHash = t.slice();
      wrongHash[t.length - 1]! ^= 1;
      const noNull = Uint8Array.from([
        0x30,
        prefix[1]! - 2,
        0x30,
        0x0b,
        ...prefix.subarray(4, 15),
        0x04,
        hash.length,
        ...hash,
      ]);
      const extra = Uint8Array.from([...t.subarray(0, 1), t[1]! + 1, ...t.subarray(2), 0]);
      const variants = [
        encoded(wrongHash, length),
        encoded(noNull, length), // parameters left out of the AlgorithmIdentifier
        encoded(t, length, 2), // block type 2
        encoded(t, length, 0),
        encoded(t, length, 1, 1), // no leading zero
        encoded(extra, length), // a byte after the digest
        Uint8Array.from([
          0,
          1,
          ...new Uint8Array(7).fill(0xff),
          0,
          ...new Uint8Array(length - 10 - t.length).fill(0xab),
          ...t,
        ]),
        encoded(
          Uint8Array.from([
            ...Buffer.from(digestInfoPrefix[digest === 'sha256' ? 'sha384' : 'sha256'], 'hex'),
            ...hash,
          ]),
          length,
        ),
      ];
      for (const message of variants)
        expect(agree(handle, key2048.publicKey, digest, data, raise(message))).toBe(false);
    }
  });

  it('refuses signatures at or above the modulus and gives node’s answer for small ones', () => {
    const n = bigint(modulusOf(key2048.publicKey));
    const data = new TextEncoder().encode('edge');
    for (const value of [
      0n,
      1n,
      2n,
      3n,
      1n << 64n,
      (1n << 1000n) + 12345n,
      n - 2n,
      n - 1n,
      n,
      n + 1n,
      (1n << 2048n) - 1n,
    ]) {
      expect(agree(handle, key2048.publicKey, 'sha256', data, bytesOf(value, 256))).toBe(false);
    }
    // a valid signature plus the modulus is the same number mod n, and must still be refused
    const signature = new Uint8Array(sign('sha256', data, key2048.privateKey));
    const plus = bigint(signature) + n;
    if (plus < 1n << 2048n) expect(agree(handle, key2048.publicKey, 'sha256', data, bytesOf(plus, 256))).toBe(false);
    // many random values below the modulus
    let seed = 99;
    for (let i = 0; i < 200; i++) {
      const random = new Uint8Array(256).map(() => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24);
      random[0]! &= 0x7f;
      expect(agree(handle, key2048.publicKey, 'sha256', data, random)).toBe(false);
    }
  });

  it('digestMatches tells the SHA-2 digest of data from anything else, as createHash does', () => {
    const backing = new Uint8Array(3000).map((_, i) => (i * 7 + 3) & 0xff);
    for (const digest of digests) {
      for (const [start, end] of [
        [0, 0],
        [0, 1],
        [5, 1029],
        [100, 3000],
      ] as const) {
        const data = backing.subarray(start, end);
        const right = new Uint8Array(createHash(digest).update(data).digest());
        expect(a.digestMatches(digest, data, right)).toBe(true);
        for (let i = 0; i < right.length; i += 7) {
          const wrong = right.slice();
          wrong[i]! ^= 0x10;
          expect(a.digestMatches(digest, data, wrong)).toBe(false);
        }
        expect(a.digestMatches(digest, data, right.subarray(1))).toBe(false);
        expect(a.digestMatches(digest, data, Uint8Array.of(...right, 0))).toBe(false);
        expect(a.digestMatches(digest, data, new Uint8Array(0))).toBe(false);
        for (const other of digests.filter((d) => d !== digest))
          expect(a.digestMatches(other, data, right)).toBe(false);
      }
    }
    const data = new Uint8Array(1);
    expect(() => a.digestMatches('sha1' as RsaDigestName, data, data)).toThrow(TypeError);
    expect(() => a.digestMatches('sha256', 'text' as unknown as Uint8Array, data)).toThrow(TypeError);
    expect(() => a.digestMatches('sha256', data, [1, 2] as unknown as Uint8Array)).toThrow(TypeError);
  });

  it('refuses keys that are not rsaEncryption keys of 1,024 bits or more', () => {
    const refused = [
      generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey,
      generateKeyPairSync('ed25519').publicKey,
      generateKeyPairSync('rsa-pss', { modulusLength: 2048 }).publicKey,
      fixedDsaPublicKey(),
      rsa(512).publicKey,
    ];
    for (const key of refused) expect(() => a.rsaPublicKey(spkiOf(key))).toThrow(Error);
  });

  it('fails cleanly on garbage instead of a SubjectPublicKeyInfo', () => {
    const spki = spkiOf(key2048.publicKey);
    const garbage: Uint8Array[] = [
      new Uint8Array(0),
      Uint8Array.of(0x30),
      Uint8Array.of(0x30, 0x82, 0xff, 0xff),
      spki.subarray(0, spki.length - 1),
      spki.subarray(0, 40),
      Uint8Array.of(...spki, 0), // bytes after it
      new Uint8Array(300).fill(0x30),
    ];
    let seed = 12345;
    for (let i = 0; i < 200; i++) {
      garbage.push(new Uint8Array(1 + (i % 300)).map(() => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24));
      const corrupted = spki.slice();
      corrupted[(seed >>> 3) % corrupted.length]! ^= 1 << (i & 7);
      garbage.push(corrupted);
    }
    for (const bytes of garbage) {
      let key: NativeRsaKey | null = null;
      try {
        key = a.rsaPublicKey(bytes);
      } catch (error) {
        expect(error).toBeInstanceOf(Error);
      }
      // a corrupted modulus may still be a well-formed key: it must then verify nothing made by the real one
      if (key) expect(a.rsaVerify(key, 'sha256', new Uint8Array(3), new Uint8Array(256))).toBe(false);
    }
    expect(() => a.rsaPublicKey('spki' as unknown as Uint8Array)).toThrow(TypeError);
  });
});

const subject = 'nca-test-pki/certs/individual_valid_sign_2004_rsa.cer';
const issuer = 'nca-test-pki/ca/nca_rsa_test.crt';
const corpusGap = corpusMissing(subject) ?? corpusMissing(issuer);
if (corpusGap) console.warn(`skipped: ${corpusGap}`);

describe.skipIf(!addon || corpusGap !== null)('the NCA test RSA certificate, natively', () => {
  it('verifies under its CA through the addon and through checkSignature', () => {
    const certificate = parseCertificate(readCorpusDer(subject));
    const ca = parseCertificate(readCorpusDer(issuer));
    const digest = (
      {
        '1.2.840.113549.1.1.11': 'sha256',
        '1.2.840.113549.1.1.12': 'sha384',
        '1.2.840.113549.1.1.13': 'sha512',
      } as const
    )[certificate.signatureAlgorithm as '1.2.840.113549.1.1.11'];
    expect(digest).toBeDefined();
    const key = addon!.rsaPublicKey(ca.publicKey);
    expect(addon!.rsaVerify(key, digest, certificate.tbs, certificate.signature)).toBe(true);
    expect(addon!.rsaVerifyPerCall(key, digest, certificate.tbs, certificate.signature)).toBe(true);
    const tbs = Uint8Array.from(certificate.tbs);
    tbs[10]! ^= 1;
    expect(addon!.rsaVerify(key, digest, tbs, certificate.signature)).toBe(false);
    expect(checkCertificateSignature(certificate, ca)).toBe('valid');
    expect(checkCertificateSignature({ ...certificate, tbs }, ca)).toBe('invalid');
  });
});

describe('checkSignature on RSA, with and without the addon', () => {
  const data = new TextEncoder().encode('signed structure');
  const signer = (pair: ReturnType<typeof rsa>) => ({
    publicKeyAlgorithm: '1.2.840.113549.1.1.1',
    publicKey: spkiOf(pair.publicKey),
  });

  const exercise = (check: typeof checkSignature) => {
    const pair = key2048;
    const certificate = signer(pair) as unknown as Parameters<typeof checkSignature>[3];
    for (const [oid, digest] of [
      ['1.2.840.113549.1.1.11', 'sha256'],
      ['1.2.840.113549.1.1.12', 'sha384'],
      ['1.2.840.113549.1.1.13', 'sha512'],
    ] as const) {
      const signature = new Uint8Array(sign(digest, data, pair.privateKey));
      expect(check(oid, data, signature, certificate)).toBe('valid');
      const tampered = signature.slice();
      tampered[0]! ^= 0x40;
      expect(check(oid, data, tampered, certificate)).toBe('invalid');
      expect(check(oid, data, signature.subarray(1), certificate)).toBe('invalid');
      expect(check(oid, data, signature, signer(other2048) as unknown as Parameters<typeof checkSignature>[3])).toBe(
        'invalid',
      );
    }
    // a key only node accepts (512 bits) still gets node's answer
    const weak = rsa(512);
    const signature = new Uint8Array(sign('sha256', data, weak.privateKey));
    expect(
      check('1.2.840.113549.1.1.11', data, signature, signer(weak) as unknown as Parameters<typeof checkSignature>[3]),
    ).toBe('valid');
    // a key nobody can read
    const garbage = {
      publicKeyAlgorithm: '1.2.840.113549.1.1.1',
      publicKey: Uint8Array.of(0x30, 0x03, 1, 2, 3),
    } as unknown as Parameters<typeof checkSignature>[3];
    expect(check('1.2.840.113549.1.1.11', data, signature, garbage)).toBe('invalid');
  };

  it('as loaded (through the addon when it is built and trusted)', () => {
    exercise(checkSignature);
  });

  it('through node:crypto when SHEKARA_GOST_BACKEND=bigint turns the addon off', async () => {
    vi.resetModules();
    vi.stubEnv('SHEKARA_GOST_BACKEND', 'bigint');
    try {
      const native = await import('../gost/native.ts');
      expect(native.nativeGost).toBeNull();
      const fallback = await import('./certificate-signature.ts');
      expect(fallback.checkSignature).not.toBe(checkSignature);
      exercise(fallback.checkSignature);
    } finally {
      vi.unstubAllEnvs();
      vi.resetModules();
    }
  });
});
