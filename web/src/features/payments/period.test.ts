import { describe, expect, it } from 'vitest';
import { periodProblem, recentPeriod } from './period.ts';

describe('the advance account’s statement period (ACC-14)', () => {
  it('opens on the last 90 days, both ends included', () => {
    expect(recentPeriod('2026-03-31')).toEqual({ from: '2026-01-01', to: '2026-03-31' });
  });

  it('refuses a period out of order or longer than a year, as the server would', () => {
    expect(periodProblem({ from: '2026-02-01', to: '2026-01-01' })).toBe('order');
    expect(periodProblem({ from: '2025-01-01', to: '2026-06-01' })).toBe('length');
    expect(periodProblem({ from: '2026-01-01', to: '2026-12-31' })).toBeNull();
  });
});
