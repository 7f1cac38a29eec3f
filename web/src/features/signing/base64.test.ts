import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64, fileBytesToBase64, isBase64, normalizeBase64, textToBytes } from './base64.ts';

describe('base64 helpers', () => {
  it('round-trip every byte value, and inputs larger than one encoding chunk', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(base64ToBytes(bytesToBase64(all))).toEqual(all);
    const large = Uint8Array.from({ length: 100_000 }, (_, i) => (i * 31) % 251);
    expect(bytesToBase64(large)).toBe(Buffer.from(large).toString('base64'));
  });

  it('encode text as UTF-8, Kazakh letters included', () => {
    expect(bytesToBase64(textToBytes('Қазақстан'))).toBe(Buffer.from('Қазақстан', 'utf8').toString('base64'));
  });

  it('accept pasted base64 with PEM armour, line breaks and URL-safe letters', () => {
    const pem = '-----BEGIN CMS-----\nMIIB\r\nAA-_\n-----END CMS-----\n';
    expect(normalizeBase64(pem)).toBe('MIIBAA+/');
    expect(isBase64(pem)).toBe(true);
    expect(base64ToBytes(pem)).toEqual(new Uint8Array([0x30, 0x82, 0x01, 0x00, 0x0f, 0xbf]));
  });

  it('refuse what is not base64', () => {
    expect(isBase64('')).toBe(false);
    expect(isBase64('<xml/>')).toBe(false);
    expect(isBase64('abc')).toBe(false);
    expect(isBase64('ab=c')).toBe(false);
  });

  it('pass a file that already holds base64 text through, and encode a binary one', () => {
    expect(fileBytesToBase64(textToBytes('MIIB\nAA==\n'))).toBe('MIIBAA==');
    const der = new Uint8Array([0x30, 0x82, 0x01, 0x0a, 0x06, 0x09]);
    expect(fileBytesToBase64(der)).toBe(Buffer.from(der).toString('base64'));
  });
});
