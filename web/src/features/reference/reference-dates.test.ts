import { describe, expect, it } from 'vitest';
import { almatyToday, isIsoDate } from './reference-dates.ts';

describe('the day the reference pages ask about (issue 5 point 9)', () => {
  it('is today in Almaty (UTC+5), not in the reader’s time zone', () => {
    expect(almatyToday(new Date('2026-03-31T18:59:00Z'))).toBe('2026-03-31');
    expect(almatyToday(new Date('2026-03-31T19:00:00Z'))).toBe('2026-04-01');
  });

  it('takes only real days from a link', () => {
    expect(isIsoDate('2026-01-01')).toBe(true);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('01.01.2026')).toBe(false);
    expect(isIsoDate(null)).toBe(false);
  });
});
