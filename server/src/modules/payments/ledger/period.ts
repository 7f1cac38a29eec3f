import { LedgerErrors } from './errors.ts';

/** The longest period one read or statement covers: a year and a day (a leap year, both ends in). */
export const maxPeriodDays = 367;

const dayMs = 86_400_000;
/** Kazakhstan moved to a single time zone, UTC+5, at 00:00 on 1 March 2024 (UTC+6 before, in Almaty). */
const utcPlus5Since = Date.UTC(2024, 1, 29, 18);

/** The instant an Almaty calendar day begins. */
export function almatyDayStart(date: string): Date {
  const midnightUtc = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(midnightUtc) || new Date(midnightUtc).toISOString().slice(0, 10) !== date) {
    throw LedgerErrors.LEDGER_PERIOD_INVALID({ days: maxPeriodDays });
  }
  const plus5 = midnightUtc - 5 * 3_600_000;
  return new Date(plus5 >= utcPlus5Since ? plus5 : midnightUtc - 6 * 3_600_000);
}

/** [from, to) instants of a period of Almaty days, both ends included; refused when reversed or longer than allowed. */
export function periodInstants(period: { from: string; to: string }): { from: Date; to: Date } {
  const from = almatyDayStart(period.from);
  const lastDay = almatyDayStart(period.to);
  const days = Math.round((lastDay.getTime() - from.getTime()) / dayMs) + 1;
  if (days < 1 || days > maxPeriodDays) throw LedgerErrors.LEDGER_PERIOD_INVALID({ days: maxPeriodDays });
  const dayAfter = new Date(Date.parse(`${period.to}T00:00:00Z`) + dayMs).toISOString().slice(0, 10);
  return { from, to: almatyDayStart(dayAfter) };
}
