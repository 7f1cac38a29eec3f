import { describe, expect, it } from 'vitest';
import { readTime } from '../x509/certificate.ts';
import { children, objectIdentifier, readDer } from './der.ts';
import { integer, objectId, octetString, sequence, setOf, time, unsignedInteger } from './der-writer.ts';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

describe('DER writer', () => {
  it('writes the GOST 2015-512 signature OID as the reader reads it', () => {
    expect(objectIdentifier(readDer(objectId('1.2.398.3.10.1.1.2.3.2')))).toBe('1.2.398.3.10.1.1.2.3.2');
    expect(hex(objectId('1.2.840.113549.1.1.11'))).toBe('06092a864886f70d01010b');
  });

  it('encodes integers minimally, with a sign octet where needed', () => {
    expect(hex(integer(0))).toBe('020100');
    expect(hex(integer(127))).toBe('02017f');
    expect(hex(integer(128))).toBe('02020080');
    expect(hex(integer(-129))).toBe('0202ff7f');
    expect(hex(unsignedInteger(Uint8Array.of(0, 0, 0x80)))).toBe('02020080');
  });

  it('uses long-form lengths and nests', () => {
    const big = octetString(new Uint8Array(300));
    expect(hex(big.subarray(0, 4))).toBe('0482012c');
    const [inner] = children(readDer(sequence(big)));
    expect(inner!.value).toHaveLength(300);
  });

  it('sorts SET OF elements', () => {
    expect(hex(setOf(integer(2), integer(1)))).toBe('3106020101020102');
  });

  it('writes UTCTime before 2050 and GeneralizedTime after', () => {
    const date = new Date('2027-05-08T10:11:12Z');
    expect(readTime(readDer(time(date))).toISOString()).toBe('2027-05-08T10:11:12.000Z');
    expect(readDer(time(new Date('2051-01-01T00:00:00Z'))).tag).toBe(0x18);
  });
});
