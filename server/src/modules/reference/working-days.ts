/**
 * Working days in Kazakhstan: Monday to Friday, except public holidays and days off carried over,
 * plus weekend days made working by a Government transfer. Terms such as "15 working days to
 * review a request" (AST-5) and "1 working day to send the notice" (AST-4) are counted here.
 * Dates are 'YYYY-MM-DD' calendar days in Asia/Almaty; everything in this file is pure.
 */
import type { CalendarDay } from '@shekara/contracts/reference';

const dayMs = 86_400_000;
const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Kazakhstan moved to a single time zone, UTC+5, at 00:00 on 1 March 2024 (UTC+6 before, in Almaty). */
const utcPlus5Since = Date.UTC(2024, 1, 29, 18);

/** The calendar day in Almaty at an instant; computed without the host's time-zone database. */
export function almatyDate(instant: Date): string {
  const offsetHours = instant.getTime() >= utcPlus5Since ? 5 : 6;
  return new Date(instant.getTime() + offsetHours * 3_600_000).toISOString().slice(0, 10);
}

/** Days since 1970-01-01 of a 'YYYY-MM-DD' date; throws on anything that is not a real date. */
export function dayNumber(date: string): number {
  const match = datePattern.exec(date);
  if (!match) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  if (new Date(ms).toISOString().slice(0, 10) !== date) throw new RangeError(`not a real date: ${date}`);
  return ms / dayMs;
}

export function dateOfDayNumber(day: number): string {
  return new Date(day * dayMs).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return dateOfDayNumber(dayNumber(date) + days);
}

function isWeekend(day: number): boolean {
  const weekday = new Date(day * dayMs).getUTCDay();
  return weekday === 0 || weekday === 6;
}

export interface Calendar {
  /** First and last day the calendar's rows were loaded for; asking beyond them throws. */
  readonly from: string;
  readonly to: string;
  isWorkingDay(date: string): boolean;
  /**
   * The due day of a term of `n` working days starting on `start`: counting begins with the
   * first working day after `start`, so `addWorkingDays(start, 1)` is the next working day.
   * `n = 0` gives `start` itself.
   */
  addWorkingDays(start: string, n: number): string;
  /** Working days after `a` up to and including `b` (negative when `b` is before `a`). */
  workingDaysBetween(a: string, b: string): number;
}

/**
 * A calendar over the given exceptional days, valid from `from` to `to`. Outside that range the
 * rows are unknown, so a count reaching past it throws instead of silently ignoring holidays.
 */
export function createCalendar(days: readonly CalendarDay[], coverage: { from: string; to: string }): Calendar {
  const first = dayNumber(coverage.from);
  const last = dayNumber(coverage.to);
  if (last < first) throw new RangeError(`calendar range ends (${coverage.to}) before it starts (${coverage.from})`);
  const kinds = new Map<number, CalendarDay['kind']>(days.map((d) => [dayNumber(d.day), d.kind]));

  const covered = (day: number): number => {
    if (day < first || day > last) {
      throw new RangeError(`${dateOfDayNumber(day)} is outside the loaded calendar ${coverage.from}..${coverage.to}`);
    }
    return day;
  };
  const working = (day: number): boolean => {
    const kind = kinds.get(covered(day));
    if (kind === 'working_day') return true;
    if (kind === 'holiday' || kind === 'day_off') return false;
    return !isWeekend(day);
  };
  const countAfter = (a: number, b: number): number => {
    let count = 0;
    for (let day = a + 1; day <= b; day++) if (working(day)) count++;
    return count;
  };

  return {
    from: coverage.from,
    to: coverage.to,
    isWorkingDay: (date) => working(dayNumber(date)),
    addWorkingDays(start, n) {
      if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`a term is a whole number of working days, got ${n}`);
      let day = covered(dayNumber(start));
      for (let left = n; left > 0; ) {
        day++;
        if (working(day)) left--;
      }
      return dateOfDayNumber(day);
    },
    workingDaysBetween(a, b) {
      const x = covered(dayNumber(a));
      const y = covered(dayNumber(b));
      return y >= x ? countAfter(x, y) : -countAfter(y, x);
    },
  };
}
