import { describe, expect, it } from 'vitest';
import { isCalendarDate, joinPath } from './define.ts';

describe('pieces the rules share', () => {
  it('tells real dates from impossible ones, leap years included', () => {
    for (const date of ['2026-11-20', '2024-02-29', '2000-02-29', '2026-12-31', '2026-01-01'])
      expect(isCalendarDate(date), date).toBe(true);
    for (const date of [
      '2026-02-29',
      '1900-02-29',
      '2026-04-31',
      '2026-13-01',
      '2026-00-10',
      '2026-01-00',
      '20.11.2026',
      '2026-1-5',
      '',
    ])
      expect(isCalendarDate(date), date).toBe(false);
  });

  it('joins the parts of a path, skipping those not given', () => {
    expect(joinPath('items', 3, 'documents', 0, 'kindCode')).toBe('items.3.documents.0.kindCode');
    expect(joinPath('filler', 'date')).toBe('filler.date');
    expect(joinPath('invoiceCurrency')).toBe('invoiceCurrency');
  });
});
