import type { Period } from './advance-account-api.ts';

/** The period a statement opens with: the last 90 days up to `today` (Almaty days, both ends included). */
export function recentPeriod(today: string): Period {
  const end = new Date(`${today}T00:00:00Z`);
  const start = new Date(end.getTime() - 89 * 86_400_000);
  return { from: start.toISOString().slice(0, 10), to: today };
}

/** Whether a period the user typed may be asked for: real days, in order, at most a year (as the server bounds it). */
export function periodProblem(period: Period): 'order' | 'length' | null {
  if (period.from > period.to) return 'order';
  const days = (Date.parse(period.to) - Date.parse(period.from)) / 86_400_000;
  return days > 366 ? 'length' : null;
}
