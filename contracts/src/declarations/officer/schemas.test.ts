import { describe, expect, it } from 'vitest';
import { inboxQuery } from './schemas.ts';

describe('the officer inbox filter by registration day (WD-15)', () => {
  it('takes days of the calendar, a 29th of February in a leap year too', () => {
    expect(inboxQuery.safeParse({ from: '2024-02-29', to: '2025-12-31' }).success).toBe(true);
  });

  it('refuses days that are not in the calendar rather than rolling them over', () => {
    for (const day of ['2025-02-31', '2025-99-99', '2025-02-29', '2025-00-10'])
      expect(inboxQuery.safeParse({ from: day }).success, day).toBe(false);
  });
});
