import { almatyParts, printedTime } from '../../dates.ts';

// Dates as people in Kazakhstan write them, DD.MM.YYYY, in Almaty time (UTC+5): the same in every
// language, and independent of how much Kazakh locale data the browser carries.

/** An instant: `22.11.2026 20:44`. */
export function formatInstant(iso: string): string {
  return printedTime(iso, 'ru');
}

/** The Almaty calendar day of an instant: `22.11.2026`. */
export function formatDay(iso: string): string {
  const p = almatyParts(iso);
  return `${p.day}.${p.month}.${p.year}`;
}

/** An audit action's catalogue key: i18next reads dots as nesting, so `auth.login` becomes `auth_login`. */
export function actionKey(action: string): string {
  return `account.history.actions.${action.replace(/\./g, '_')}`;
}
