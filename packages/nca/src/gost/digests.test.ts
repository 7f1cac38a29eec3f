import { describe, expect, it } from 'vitest';
import { seededRandom } from '../testing/seeded-random.ts';
import { gost34311, jsDigests, nativeDigests, streebog256, streebog512 } from './digests.ts';
import { nativeGostStatus } from './native.ts';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
const text = (value: string) => new TextEncoder().encode(value);

if (!nativeDigests) console.warn(`native GOST digests not compared: the addon is ${nativeGostStatus}`);

const implementations = [
  ['node-gost-crypto', jsDigests],
  ...(nativeDigests ? [['native addon', nativeDigests] as const] : []),
  ['the exported functions', { gost34311, streebog512, streebog256 }],
] as const;

const m1 = text('012345678901234567890123456789012345678901234567890123456789012');

describe.each(implementations)('check values of the standards — %s', (_name, digests) => {
  it('GOST 34.311-95 (GOST R 34.11-94, D-TEST S-box)', () => {
    expect(hex(digests.gost34311(new Uint8Array(0)))).toBe(
      'ce85b99cc46752fffee35cab9a7b0278abb4c2d2055cff685af4912c49490f8d',
    );
    expect(hex(digests.gost34311(text('abc')))).toBe(
      'f3134348c44fb1b2a277729e2285ebb5cb5e0f29c975bc753b70497c06a4d51d',
    );
    expect(hex(digests.gost34311(text('This is message, length=32 bytes')))).toBe(
      'b1c466d37519b82e8319819ff32595e047a28cb6f83eff1c6916a815a637fffa',
    );
  });

  it('Streebog-512 and Streebog-256 (GOST R 34.11-2012 example M1, and the empty message)', () => {
    expect(hex(digests.streebog512(m1))).toBe(
      '1b54d01a4af5b9d5cc3d86d68d285462b19abc2475222f35c085122be4ba1ffa00ad30f8767b3a82384c6574f024c311e2a481332b08ef7f41797891c1646f48',
    );
    expect(hex(digests.streebog256(m1))).toBe('9d151eefd8590b89daa6ba6cb74af9275dd051026bb149a452fd84e5e57b5500');
    expect(hex(digests.streebog256(new Uint8Array(0)))).toBe(
      '3f539a213e97c802cc229d474c6aa32a825a360b2a933a949fd925208d9ce1bb',
    );
    expect(hex(digests.streebog512(new Uint8Array(0)))).toBe(
      '8e945da209aa869f0455928529bcae4679e9873ab707b55315f56ceb98bef0a7362f715528356ee83cda5f2aac4c6ad2ba3a715c1bcd81cb8e9f90bf4c1c1a8a',
    );
  });

  it('returns a plain Uint8Array of the right length', () => {
    for (const [digest, length] of [
      [digests.gost34311, 32],
      [digests.streebog512, 64],
      [digests.streebog256, 32],
    ] as const) {
      const result = digest(text('x'));
      expect(result.constructor).toBe(Uint8Array);
      expect(result).toHaveLength(length);
    }
  });
});

describe.skipIf(!nativeDigests)('native digests equal node-gost-crypto', () => {
  const native = nativeDigests!;
  const rng = seededRandom(20261122);
  const boundaries = [0, 1, 31, 32, 33, 63, 64, 65, 95, 96, 127, 128, 129, 1024, 4095, 4096, 4999, 5000];
  const lengths = [...boundaries, ...Array.from({ length: 150 }, () => rng.int(5001))];

  it(`on ${lengths.length} random messages of 0..5000 bytes`, () => {
    for (const length of lengths) {
      const message = rng.bytes(length);
      expect(hex(native.gost34311(message)), `GOST 34.311-95, ${length} bytes`).toBe(hex(jsDigests.gost34311(message)));
      expect(hex(native.streebog512(message)), `Streebog-512, ${length} bytes`).toBe(
        hex(jsDigests.streebog512(message)),
      );
      expect(hex(native.streebog256(message)), `Streebog-256, ${length} bytes`).toBe(
        hex(jsDigests.streebog256(message)),
      );
    }
  });

  it('on all-0xff messages, where every carry of the running sums propagates', () => {
    for (const length of [32, 64, 96, 128, 1000]) {
      const message = new Uint8Array(length).fill(0xff);
      expect(hex(native.gost34311(message))).toBe(hex(jsDigests.gost34311(message)));
      expect(hex(native.streebog512(message))).toBe(hex(jsDigests.streebog512(message)));
    }
  });

  it('reads a view into a larger buffer from its offset', () => {
    const backing = rng.bytes(300);
    const view = backing.subarray(17, 217);
    const copy = Uint8Array.from(view);
    expect(hex(native.gost34311(view))).toBe(hex(native.gost34311(copy)));
    expect(hex(native.streebog512(view))).toBe(hex(native.streebog512(copy)));
    expect(hex(native.gost34311(Buffer.from(copy)))).toBe(hex(native.gost34311(copy)));
  });
});
