import { describe, expect, it } from 'vitest';
import { kazakhEnding, withKazakhEnding } from './kazakh-endings.ts';

describe('Kazakh case endings after figures (issue 21 point 4)', () => {
  it('follows the last word of the number read aloud in the dative', () => {
    const dative = (n: number) => withKazakhEnding(n, 'dative');
    expect([1, 2, 3, 6, 10, 20, 40, 100].map(dative)).toEqual([
      '1-ге',
      '2-ге',
      '3-ке',
      '6-ға',
      '10-ға',
      '20-ға',
      '40-қа',
      '100-ге',
    ]);
    expect([0, 4, 5, 7, 8, 9, 30, 50, 60, 70, 80, 90].map(dative)).toEqual([
      '0-ге',
      '4-ке',
      '5-ке',
      '7-ге',
      '8-ге',
      '9-ға',
      '30-ға',
      '50-ге',
      '60-қа',
      '70-ке',
      '80-ге',
      '90-ға',
    ]);
  });

  it('reads the last non-zero place: tens, hundreds, thousands and above', () => {
    expect(kazakhEnding(15, 'dative')).toBe('ке');
    expect(kazakhEnding(110, 'dative')).toBe('ға');
    expect(kazakhEnding(300, 'dative')).toBe('ге');
    expect(kazakhEnding(2000, 'dative')).toBe('ға');
    expect(kazakhEnding(5_000_000, 'ablative')).toBe('нан');
    expect(kazakhEnding(3_000_000_000, 'dative')).toBe('қа');
  });

  it('chooses each case’s consonant by the final sound', () => {
    expect(['locative', 'ablative', 'genitive', 'accusative'].map((c) => kazakhEnding(10, c as never))).toEqual([
      'да',
      'нан',
      'ның',
      'ды',
    ]);
    expect(['locative', 'ablative', 'genitive', 'accusative'].map((c) => kazakhEnding(6, c as never))).toEqual([
      'да',
      'дан',
      'ның',
      'ны',
    ]);
    expect(['locative', 'ablative', 'genitive', 'accusative'].map((c) => kazakhEnding(3, c as never))).toEqual([
      'те',
      'тен',
      'тің',
      'ті',
    ]);
    expect(['locative', 'ablative', 'genitive', 'accusative'].map((c) => kazakhEnding(50, c as never))).toEqual([
      'де',
      'ден',
      'дің',
      'ді',
    ]);
  });

  it('reads a decimal by its fraction and takes figures as printed', () => {
    expect(withKazakhEnding('2.5', 'dative', '2,5')).toBe('2,5-ке');
    expect(kazakhEnding('1\u00a0234,50', 'ablative')).toBe('ден');
    expect(kazakhEnding('12 346', 'locative')).toBe('да');
  });

  it('refuses what is not a number', () => {
    expect(() => kazakhEnding('21.11.2025', 'dative')).toThrow(RangeError);
    expect(() => kazakhEnding('абв', 'dative')).toThrow(RangeError);
  });
});
