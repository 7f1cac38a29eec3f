import { describe, expect, it } from 'vitest';
import { letterDueOn, letterOverdue, oneMonthAfter } from './terms.ts';

describe('terms of the access procedure', () => {
  it('the letter is due a week of calendar days after the application, in Almaty days (WD-26)', () => {
    // 20:30 UTC on 1 December is already 2 December in Almaty (UTC+5).
    expect(letterDueOn(new Date('2026-12-01T20:30:00Z'), 7)).toBe('2026-12-09');
    expect(letterDueOn(new Date('2026-12-01T10:00:00Z'), 7)).toBe('2026-12-08');
  });

  it('flags a letter overdue after its due day, whether still unsent or sent late (WD-26)', () => {
    const due = { letterDueOn: '2026-12-08' };
    expect(letterOverdue({ ...due, letterSentAt: null }, new Date('2026-12-08T18:00:00Z'))).toBe(false);
    expect(letterOverdue({ ...due, letterSentAt: null }, new Date('2026-12-08T19:30:00Z'))).toBe(true);
    expect(
      letterOverdue({ ...due, letterSentAt: new Date('2026-12-07T10:00:00Z') }, new Date('2027-01-01T00:00:00Z')),
    ).toBe(false);
    expect(
      letterOverdue({ ...due, letterSentAt: new Date('2026-12-10T10:00:00Z') }, new Date('2026-12-10T10:00:00Z')),
    ).toBe(true);
  });

  it('one month after a revocation notice is the same day next month, clamped to the month’s end (WD-29)', () => {
    expect(oneMonthAfter('2026-03-15')).toBe('2026-04-15');
    expect(oneMonthAfter('2026-01-31')).toBe('2026-02-28');
    expect(oneMonthAfter('2028-01-31')).toBe('2028-02-29');
    expect(oneMonthAfter('2026-03-31')).toBe('2026-04-30');
    expect(oneMonthAfter('2026-12-20')).toBe('2027-01-20');
  });
});
