import { describe, expect, it } from 'vitest';
import { almatyToday, isIsoDate } from './dates.ts';

describe('the date a document is judged on', () => {
  it('is Almaty’s day: 20:00 UTC is already the next day there', () => {
    expect(almatyToday(new Date('2026-11-20T20:00:00Z'))).toBe('2026-11-21');
    expect(almatyToday(new Date('2026-11-20T10:00:00Z'))).toBe('2026-11-20');
  });

  it('takes only whole dates', () => {
    expect(isIsoDate('2026-11-20')).toBe(true);
    expect(isIsoDate('2026-11')).toBe(false);
    expect(isIsoDate(undefined)).toBe(false);
  });
});
