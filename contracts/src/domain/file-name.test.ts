import { describe, expect, it } from 'vitest';
import { fileExtension, plainFileName } from './file-name.ts';

describe('file names as shown (issue 14 point 8)', () => {
  it('leaves out what changes how a name reads without being seen', () => {
    expect(plainFileName('invoice\u202Efdp.exe')).toBe('invoicefdp.exe');
    expect(plainFileName('a\u200Bb\u2066c\u2069\uFEFFd\u061Ce\u0085f\u0007g')).toBe('abcdefg');
    expect(plainFileName('  two\t  words .pdf ')).toBe('two words .pdf');
    expect(plainFileName('Инвойс №1.pdf')).toBe('Инвойс №1.pdf');
  });

  it('reads the last extension, lower-case', () => {
    expect(fileExtension('scan.PDF')).toBe('pdf');
    expect(fileExtension('scan.pdf.exe')).toBe('exe');
    expect(fileExtension('scan')).toBe('');
    expect(fileExtension('scan.')).toBe('');
  });
});
