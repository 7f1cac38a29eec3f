/** 'YYYY-MM-DD' as people in Kazakhstan write it: DD.MM.YYYY. */
export function printedDate(date: string | null): string {
  if (!date) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  return match ? `${match[3]}.${match[2]}.${match[1]}` : date;
}

/** An instant in the user's language, to the minute. */
export function printedTime(instant: string, language: string | undefined): string {
  const locale = language === 'en' ? 'en-GB' : `${language ?? 'ru'}-KZ`;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short', timeZone: 'Asia/Almaty' }).format(new Date(instant));
}

const historyActions = new Map([
  ['credentials_request.file', 'file'],
  ['registration.credentials_request', 'registration'],
  ['credentials_request.approve', 'approve'],
  ['credentials_request.reject', 'reject'],
  ['credentials_request.letter.print', 'letterPrint'],
  ['credentials_request.notice_sent', 'noticeSent'],
]);

/** The catalogue key naming an action of a request's history, or null for one the page does not know. */
export function historyActionKey(action: string): string | null {
  const key = historyActions.get(action);
  return key ? `credentials.history.${key}` : null;
}

/** The request's optional fields left out when empty, as the server wants them (it refuses empty strings). */
export function trimmedOrUndefined(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}
