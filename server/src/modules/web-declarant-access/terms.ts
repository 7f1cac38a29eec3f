import { addDays, almatyDate } from '../reference/index.ts';

/**
 * The terms of the access procedure, in Almaty calendar days ('YYYY-MM-DD'); pure functions.
 */

/** The letter with the login goes out within a week of the application (WD-26): `days` calendar days. */
export function letterDueOn(receivedAt: Date, days: number): string {
  return addDays(almatyDate(receivedAt), days);
}

/**
 * Overdue: still unanswered after its due day, or answered after it (the flag stays, so the
 * journal shows the term was missed).
 */
export function letterOverdue(application: { letterDueOn: string; letterSentAt: Date | null }, now: Date): boolean {
  const answeredOn = application.letterSentAt ? almatyDate(application.letterSentAt) : almatyDate(now);
  return answeredOn > application.letterDueOn;
}

/**
 * One calendar month after `date`: the same day of the next month, or that month's last day
 * when it has no such day (31 January → 28 or 29 February). Access may be granted again from
 * this day after a revocation notice (WD-29).
 */
export function oneMonthAfter(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const nextMonth = month === 12 ? 1 : month + 1;
  const nextYear = month === 12 ? year + 1 : year;
  const lastDay = new Date(Date.UTC(nextYear, nextMonth, 0)).getUTCDate();
  return `${nextYear}-${String(nextMonth).padStart(2, '0')}-${String(Math.min(day, lastDay)).padStart(2, '0')}`;
}
