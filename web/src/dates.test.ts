import { describe, expect, it } from 'vitest';
import { almatyToday, isIsoDate, printedDate, printedTime } from './dates.ts';

describe('printed dates', () => {
  it('prints days as DD.MM.YYYY', () => {
    expect(printedDate('2026-04-14')).toBe('14.04.2026');
    expect(printedDate('2026-12-11')).toBe('11.12.2026');
    expect(printedDate('2026-11-22T10:15:00.000Z')).toBe('22.11.2026');
    expect(printedDate(null)).toBe('');
  });

  it('prints instants in Almaty time, DD.MM.YYYY HH:MM in Kazakh and Russian whatever the browser knows of them', () => {
    expect(printedTime('2026-12-06T18:50:00Z', 'kk')).toBe('06.12.2026 23:50');
    expect(printedTime('2026-12-06T19:05:00Z', 'ru')).toBe('07.12.2026 00:05');
    expect(printedTime('2026-12-06T18:50:00Z', 'en')).toBe('06/12/2026, 23:50');
  });
});

describe('the day in Almaty', () => {
  it('is Almaty’s day (UTC+5), not the reader’s: 19:00 UTC is already the next day there', () => {
    expect(almatyToday(new Date('2026-03-31T18:59:00Z'))).toBe('2026-03-31');
    expect(almatyToday(new Date('2026-03-31T19:00:00Z'))).toBe('2026-04-01');
  });

  it('takes only whole, real days', () => {
    expect(isIsoDate('2026-01-01')).toBe(true);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('2026-11')).toBe(false);
    expect(isIsoDate('01.01.2026')).toBe(false);
    expect(isIsoDate(null)).toBe(false);
    expect(isIsoDate(undefined)).toBe(false);
  });
});
