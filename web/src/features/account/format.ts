// Dates as people in Kazakhstan write them, DD.MM.YYYY, in Almaty time (UTC+5): the same in every
// language, and independent of how much Kazakh locale data the browser carries.

const almatyParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Almaty',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function partsOf(iso: string): Record<string, string> {
  return Object.fromEntries(almatyParts.formatToParts(new Date(iso)).map((part) => [part.type, part.value]));
}

/** An instant: `22.11.2026 20:44`. */
export function formatInstant(iso: string): string {
  const p = partsOf(iso);
  return `${p.day}.${p.month}.${p.year} ${p.hour}:${p.minute}`;
}

/** The Almaty calendar day of an instant: `22.11.2026`. */
export function formatDay(iso: string): string {
  const p = partsOf(iso);
  return `${p.day}.${p.month}.${p.year}`;
}

/** An audit action's catalogue key: i18next reads dots as nesting, so `auth.login` becomes `auth_login`. */
export function actionKey(action: string): string {
  return `account.history.actions.${action.replace(/\./g, '_')}`;
}
