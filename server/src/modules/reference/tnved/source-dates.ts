import { dayNumber } from '../working-days.ts';

/** 'DD.MM.YYYY' as the distribution files write dates → 'YYYY-MM-DD', or null when it is no real date. */
export function dottedDate(text: string): string | null {
  const match = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(text.trim());
  return match ? realDate(`${match[3]}-${match[2]}-${match[1]}`) : null;
}

/** An ISO date or date-time (as the JSON form writes it) → 'YYYY-MM-DD', or null. */
export function isoDay(text: unknown): string | null {
  if (typeof text !== 'string' || !/^\d{4}-\d{2}-\d{2}(T.*)?$/.test(text)) return null;
  return realDate(text.slice(0, 10));
}

function realDate(date: string): string | null {
  try {
    dayNumber(date);
    return date;
  } catch {
    return null;
  }
}
