import { describe, expect, it } from 'vitest';
import { parseNumberText, textShows } from './number-text.ts';

describe('numbers typed in the declaration editor', () => {
  it('keeps a number being typed and reads a comma as the decimal separator', () => {
    expect(parseNumberText('12.')).toBe(12);
    expect(parseNumberText('12,5')).toBe(12.5);
    expect(parseNumberText(' 1 000 ')).toBe(1000);
    expect(parseNumberText('')).toBeUndefined();
    expect(parseNumberText('12a')).toBe('invalid');
    expect(parseNumberText('-')).toBe('invalid');
  });

  it('tells the text showing a value from text to replace', () => {
    expect(textShows('12.', 12)).toBe(true);
    expect(textShows('', undefined)).toBe(true);
    expect(textShows('12', 13)).toBe(false);
  });
});
