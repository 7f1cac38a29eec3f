import { describe, expect, it } from 'vitest';
import { almatyDayStart } from './inbox.ts';

describe('registration days of the inbox filter (WD-15)', () => {
  it('begin at midnight in Almaty: UTC+5 since 1 March 2024, UTC+6 before', () => {
    expect(almatyDayStart('2026-03-02', 0).toISOString()).toBe('2026-03-01T19:00:00.000Z');
    expect(almatyDayStart('2026-03-02', 1).toISOString()).toBe('2026-03-02T19:00:00.000Z');
    expect(almatyDayStart('2024-02-29', 0).toISOString()).toBe('2024-02-28T18:00:00.000Z');
    expect(almatyDayStart('2024-02-29', 1).toISOString()).toBe('2024-02-29T19:00:00.000Z');
  });
});
