/**
 * A day as people type it in Kazakhstan — DD.MM.YYYY, with dots, slashes or dashes — or as an
 * address carries it (YYYY-MM-DD), to 'YYYY-MM-DD'; null while it is not a whole, real day.
 * The page's date fields use it instead of the browser's date input, whose format follows the
 * browser's language rather than the interface's (issue 19 point 6).
 */
export function dayOfText(text: string): string | null {
  const trimmed = text.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  const local = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(trimmed);
  const [year, month, day] = iso
    ? [iso[1]!, iso[2]!, iso[3]!]
    : local
      ? [local[3]!, local[2]!.padStart(2, '0'), local[1]!.padStart(2, '0')]
      : [];
  if (!year || !month || !day) return null;
  const value = `${year}-${month}-${day}`;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value ? value : null;
}

/**
 * A day and a time of day as people type them — DD.MM.YYYY HH:MM, the day as `dayOfText` reads it
 * — or as a document carries them (YYYY-MM-DDTHH:MM, or with a space), to 'YYYY-MM-DDTHH:MM', the
 * local time the models keep; null while the text is not a whole, real day and time.
 */
export function dayTimeOfText(text: string): string | null {
  const match = /^(\S+?)(?:\s+|T)(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!match) return null;
  const [, dayText = '', hours = '', minutes = ''] = match;
  const day = dayOfText(dayText);
  if (!day || Number(hours) > 23 || Number(minutes) > 59) return null;
  return `${day}T${hours.padStart(2, '0')}:${minutes}`;
}

/** 'YYYY-MM-DDTHH:MM' as people write it, DD.MM.YYYY HH:MM; a day alone as DD.MM.YYYY; anything else as it is. */
export function printedDayTime(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}:\d{2}))?/.exec(value);
  if (!match) return value;
  const [, year, month, day, time] = match;
  return `${day}.${month}.${year}${time ? ` ${time}` : ''}`;
}
