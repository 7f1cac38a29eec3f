import { describe, expect, it } from 'vitest';
import { bitStringBytes, children, DerError, objectIdentifier, readDer } from './der.ts';

const bytes = (...values: number[]) => Uint8Array.from(values);

describe('DER reader', () => {
  it('reads short and long lengths, and slices without copying', () => {
    const long = new Uint8Array(3 + 200);
    long.set([0x04, 0x81, 200]);
    const node = readDer(long);
    expect(node.value).toHaveLength(200);
    expect(node.raw.buffer).toBe(long.buffer);
  });

  it('walks a SEQUENCE and decodes an OBJECT IDENTIFIER (GOST 2015-512 signature OID)', () => {
    // SEQUENCE { OID 1.2.398.3.10.1.1.2.3.2, NULL }
    const der = bytes(0x30, 0x0e, 0x06, 0x0a, 0x2a, 0x83, 0x0e, 0x03, 0x0a, 0x01, 0x01, 0x02, 0x03, 0x02, 0x05, 0x00);
    const [oid, nothing] = children(readDer(der));
    expect(objectIdentifier(oid!)).toBe('1.2.398.3.10.1.1.2.3.2');
    expect(nothing!.tag).toBe(0x05);
  });

  it('reads a BIT STRING of whole bytes', () => {
    expect([...bitStringBytes(readDer(bytes(0x03, 0x03, 0x00, 0xab, 0xcd)))]).toEqual([0xab, 0xcd]);
    expect(() => bitStringBytes(readDer(bytes(0x03, 0x02, 0x04, 0xf0)))).toThrow(DerError);
  });

  it.each([
    ['an empty input', bytes()],
    ['a truncated header', bytes(0x30)],
    ['contents shorter than the length', bytes(0x30, 0x05, 0x01)],
    ['an indefinite length (BER, not DER)', bytes(0x30, 0x80, 0x00, 0x00)],
    ['a length of more than 4 octets', bytes(0x04, 0x85, 1, 0, 0, 0, 0)],
    ['a truncated long length', bytes(0x04, 0x82, 0x01)],
    ['a multi-byte tag', bytes(0x1f, 0x81, 0x01, 0x00)],
  ])('refuses %s with a DerError', (_, input) => {
    expect(() => readDer(input)).toThrow(DerError);
  });

  it('refuses to walk inside a primitive element, or a child running past its parent', () => {
    expect(() => children(readDer(bytes(0x04, 0x01, 0x00)))).toThrow(DerError);
    expect(() => children(readDer(bytes(0x30, 0x02, 0x04, 0x05)))).toThrow(DerError);
  });
});
