import { describe, expect, it } from 'vitest';
import {
  bitStringBytes,
  children,
  childSpans,
  DerError,
  objectIdentifier,
  objectIdentifierAt,
  readDer,
  readSpan,
  spanOid,
} from './der.ts';

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

  it('reads spans as readDer reads nodes, bounded by the parent', () => {
    const der = bytes(0x30, 0x08, 0x06, 0x03, 0x2a, 0x86, 0x48, 0x04, 0x01, 0xff);
    const root = readSpan(der, 0);
    expect(root).toEqual({ tag: 0x30, start: 0, contents: 2, end: 10 });
    const [oid, octets] = childSpans(der, root);
    expect(spanOid(der, oid!)).toBe(objectIdentifier(children(readDer(der))[0]!));
    expect(octets).toEqual({ tag: 0x04, start: 7, contents: 9, end: 10 });
    // A child running past its parent's end is refused even when the buffer goes on.
    const overrun = bytes(0x30, 0x03, 0x04, 0x02, 0x00, 0x00);
    expect(() => childSpans(overrun, readSpan(overrun, 0))).toThrow(DerError);
    expect(() => childSpans(der, oid!)).toThrow(/not constructed/);
  });

  it('memoises OIDs without mixing up ones that are prefixes of each other', () => {
    const short = bytes(0x2a, 0x86, 0x48);
    const long = bytes(0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d);
    for (let round = 0; round < 2; round++) {
      expect(objectIdentifierAt(long, 0, long.length)).toBe('1.2.840.113549');
      expect(objectIdentifierAt(short, 0, short.length)).toBe('1.2.840');
      expect(objectIdentifierAt(long, 0, 3)).toBe('1.2.840');
    }
    expect(() => objectIdentifierAt(short, 1, 1)).toThrow(DerError);
  });
});
