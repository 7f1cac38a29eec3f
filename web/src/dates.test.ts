import { describe, expect, it } from 'vitest';
import { printedDate } from './dates.ts';

describe('printed dates', () => {
  it('prints days as DD.MM.YYYY', () => {
    expect(printedDate('2026-04-14')).toBe('14.04.2026');
    expect(printedDate('2026-12-11')).toBe('11.12.2026');
    expect(printedDate('2026-11-22T10:15:00.000Z')).toBe('22.11.2026');
    expect(printedDate(null)).toBe('');
  });
});
