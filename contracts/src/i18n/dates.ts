/**
 * A day as officials write it in every language of the system (the glossary's rule): DD.MM.YYYY.
 * Takes the system's own notation — a day 'YYYY-MM-DD' or an ISO instant, whose day part is taken
 * as written — and leaves anything else (a date already printed, an empty value) as it is.
 */
export function printedDate(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(value);
  return match ? `${match[3]}.${match[2]}.${match[1]}` : value;
}
