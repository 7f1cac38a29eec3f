import { createHash } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { contentDigest, contentDigestMatches } from './digest.ts';
import { oid } from './oids.ts';

const data = new TextEncoder().encode('{"declaration":"10000/221126/0000001"}');

const exercise = (matches: typeof contentDigestMatches, digestOf: typeof contentDigest) => {
  for (const algorithm of [
    oid.sha256,
    oid.sha384,
    oid.sha512,
    oid.gost34311,
    oid.gost34311CryptoPro,
    oid.streebog256,
    oid.streebog512,
  ]) {
    const right = digestOf(algorithm)!(data);
    expect(matches(algorithm, data, right), algorithm).toBe(true);
    const wrong = right.slice();
    wrong[3]! ^= 1;
    expect(matches(algorithm, data, wrong), algorithm).toBe(false);
    expect(matches(algorithm, data, right.subarray(1)), algorithm).toBe(false);
    expect(matches(algorithm, data.subarray(1), right), algorithm).toBe(false);
  }
  const sha256 = new Uint8Array(createHash('sha256').update(data).digest());
  expect(matches(oid.sha256, data, sha256)).toBe(true);
  // SHA-1 is no content digest
  expect(matches(oid.sha1, data, new Uint8Array(createHash('sha1').update(data).digest()))).toBeNull();
  expect(matches('1.2.3.4', data, sha256)).toBeNull();
};

describe('contentDigestMatches: a messageDigest against the content', () => {
  it('as loaded (SHA-2 by the addon when it is built and trusted)', () => {
    exercise(contentDigestMatches, contentDigest);
  });

  it('without the addon (SHEKARA_GOST_BACKEND=bigint)', async () => {
    vi.resetModules();
    vi.stubEnv('SHEKARA_GOST_BACKEND', 'bigint');
    try {
      const native = await import('../gost/native.ts');
      expect(native.nativeGost).toBeNull();
      const fallback = await import('./digest.ts');
      expect(fallback.contentDigestMatches).not.toBe(contentDigestMatches);
      exercise(fallback.contentDigestMatches, fallback.contentDigest);
    } finally {
      vi.unstubAllEnvs();
      vi.resetModules();
    }
  });
});
