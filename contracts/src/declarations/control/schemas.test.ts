import { describe, expect, it } from 'vitest';
import { controlReferenceQuery } from './schemas.ts';

describe('the date of the control reference snapshot (WD-8)', () => {
  it('is a day of the calendar, or absent for today', () => {
    expect(controlReferenceQuery.safeParse({ date: '2024-02-29' }).success).toBe(true);
    expect(controlReferenceQuery.safeParse({}).success).toBe(true);
  });

  it('refuses days that are not in the calendar', () => {
    for (const date of ['2025-02-31', '2025-99-99', '2025-13-01', '2025-1-1'])
      expect(controlReferenceQuery.safeParse({ date }).success, date).toBe(false);
  });
});
