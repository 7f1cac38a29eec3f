/** 'YYYY-MM-DD' (or an ISO instant's day) as people in Kazakhstan write it: DD.MM.YYYY. */
export function printedDate(date: string | null): string {
  if (!date) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  return match ? `${match[3]}.${match[2]}.${match[1]}` : date;
}

const almatyClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Almaty',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** An instant's day, month, year, hour and minute in Almaty time, two digits each (four for the year). */
export function almatyParts(instant: string): Record<'day' | 'month' | 'year' | 'hour' | 'minute', string> {
  const parts = Object.fromEntries(almatyClock.formatToParts(new Date(instant)).map((part) => [part.type, part.value]));
  return { day: parts.day!, month: parts.month!, year: parts.year!, hour: parts.hour!, minute: parts.minute! };
}

/**
 * An instant in Almaty time, to the minute, as the user's language writes it: DD.MM.YYYY HH:MM in
 * Kazakh and Russian, as officials write dates. Assembled from its parts rather than left to Intl's
 * Kazakh, which browsers without Kazakh data print as 2026-12-06 23:50.
 */
export function printedTime(instant: string, language: string | undefined): string {
  if (language === 'en') {
    return new Intl.DateTimeFormat('en-GB', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Asia/Almaty' }).format(
      new Date(instant),
    );
  }
  const p = almatyParts(instant);
  return `${p.day}.${p.month}.${p.year} ${p.hour}:${p.minute}`;
}

/**
 * Today's date in Almaty, 'YYYY-MM-DD': customs days begin and end there, not in the reader's time zone,
 * and a document without its own date is judged on it, as the server does.
 */
export function almatyToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Almaty',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** A 'YYYY-MM-DD' that names a real day, so a hand-edited link or field cannot send the server nonsense. */
export function isIsoDate(value: string | null | undefined): value is string {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(value);
}
