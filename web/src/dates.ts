/** 'YYYY-MM-DD' (or an ISO instant's day) as people in Kazakhstan write it: DD.MM.YYYY. */
export function printedDate(date: string | null): string {
  if (!date) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  return match ? `${match[3]}.${match[2]}.${match[1]}` : date;
}

/** An instant in Almaty time, to the minute, in the user's language. */
export function printedTime(instant: string, language: string | undefined): string {
  const locale = language === 'en' ? 'en-GB' : `${language ?? 'ru'}-KZ`;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short', timeZone: 'Asia/Almaty' }).format(
    new Date(instant),
  );
}
