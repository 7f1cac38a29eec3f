import { currentLanguage } from '../../i18n/index.ts';

/** An instant as a person in Kazakhstan reads it: Almaty time (UTC+5), in the chosen language. */
export function formatInstant(iso: string): string {
  return new Date(iso).toLocaleString(currentLanguage(), { timeZone: 'Asia/Almaty', dateStyle: 'medium', timeStyle: 'short' });
}

export function formatDay(iso: string): string {
  return new Date(iso).toLocaleDateString(currentLanguage(), { timeZone: 'Asia/Almaty', dateStyle: 'medium' });
}

/** An audit action's catalogue key: i18next reads dots as nesting, so `auth.login` becomes `auth_login`. */
export function actionKey(action: string): string {
  return `account.history.actions.${action.replace(/\./g, '_')}`;
}
