import { describe, expect, it } from 'vitest';
import { dayOfText, dayTimeOfText, printedDayTime } from './day-text.ts';

describe('dayOfText (issue 19 point 6)', () => {
  it('reads a day as typed in Kazakhstan and as an address carries it', () => {
    expect(dayOfText('01.05.2024')).toBe('2024-05-01');
    expect(dayOfText(' 1/5/2024 ')).toBe('2024-05-01');
    expect(dayOfText('2024-05-01')).toBe('2024-05-01');
  });

  it('is null for a day that is not whole or not real', () => {
    expect(dayOfText('01.05.24')).toBeNull();
    expect(dayOfText('30.02.2024')).toBeNull();
    expect(dayOfText('')).toBeNull();
  });
});

describe('dayTimeOfText: a day and time typed DD.MM.YYYY HH:MM, kept YYYY-MM-DDTHH:MM', () => {
  it('reads the day as dayOfText does and the time of day after it', () => {
    expect(dayTimeOfText('04.03.2026 14:35')).toBe('2026-03-04T14:35');
    expect(dayTimeOfText(' 4/3/2026   7:05 ')).toBe('2026-03-04T07:05');
    expect(dayTimeOfText('04.03.2026 00:00')).toBe('2026-03-04T00:00');
    expect(dayTimeOfText('04.03.2026 23:59')).toBe('2026-03-04T23:59');
  });

  it('takes what a document carries, pasted: YYYY-MM-DDTHH:MM or with a space', () => {
    expect(dayTimeOfText('2026-03-04T14:35')).toBe('2026-03-04T14:35');
    expect(dayTimeOfText('2026-03-04 14:35')).toBe('2026-03-04T14:35');
  });

  it('is null without a time, or for a day or time that is not real', () => {
    expect(dayTimeOfText('04.03.2026')).toBeNull();
    expect(dayTimeOfText('04.03.2026 24:00')).toBeNull();
    expect(dayTimeOfText('04.03.2026 12:60')).toBeNull();
    expect(dayTimeOfText('30.02.2026 12:00')).toBeNull();
    expect(dayTimeOfText('04.03.26 12:00')).toBeNull();
    expect(dayTimeOfText('04.03.2026 1200')).toBeNull();
    expect(dayTimeOfText('')).toBeNull();
  });

  it('is written back as it was typed', () => {
    expect(printedDayTime('2026-03-04T14:35')).toBe('04.03.2026 14:35');
    expect(printedDayTime(dayTimeOfText('04.03.2026 14:35')!)).toBe('04.03.2026 14:35');
    // a day alone, as some documents carry it, stays a day
    expect(printedDayTime('2026-03-04')).toBe('04.03.2026');
    expect(printedDayTime('')).toBe('');
  });
});
