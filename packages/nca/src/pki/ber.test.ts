import { describe, expect, it } from 'vitest';
import { BerError, octets, oidOf, readBer } from './ber.ts';

const hex = (text: string) => Uint8Array.from(Buffer.from(text.replace(/\s+/g, ''), 'hex'));

describe('BER as Java-made key containers use it', () => {
  it('reads indefinite lengths and joins a constructed OCTET STRING', () => {
    // SEQUENCE (indefinite) { OID 1.2.3, [0] constructed (indefinite) { OCTET STRING "ab", OCTET STRING "c" } }
    const node = readBer(hex('3080 06022a03 a080 04026162 040163 0000 0000'));
    expect(oidOf(node.items[0])).toBe('1.2.3');
    expect(Buffer.from(octets(node.items[1]!)).toString()).toBe('abc');
    expect(node.raw).toHaveLength(19); // the whole input, end-of-contents octets included
  });

  it.each([
    ['truncated', '3005 0201'],
    ['trailing bytes', '3000 00'],
    ['no end-of-contents', '3080 0500'],
    ['indefinite primitive', '0480 0000'],
    ['length too large', '3085 0000000001'],
  ])('refuses %s', (_, bytes) => {
    expect(() => readBer(hex(bytes))).toThrow(BerError);
  });

  it('bounds nesting depth and element count', () => {
    const deep = hex(`${'3080'.repeat(40)}${'0000'.repeat(40)}`);
    expect(() => readBer(deep)).toThrow(/too deep/);
    const many = Uint8Array.from([0x30, 0x82, 0x4e, 0x20, ...Array(10_000).fill([0x05, 0x00]).flat()]);
    expect(() => readBer(many, { maxDepth: 4, maxNodes: 1000 })).toThrow(/too many/);
  });
});
