import type { Language } from '../../i18n/index.ts';
import type { Localized } from './portal-api.ts';

/** A text in the user's language; a draft's missing translation falls back to Russian. */
export function inLanguage(text: Localized, language: string | undefined): string {
  const chosen = text[(language ?? 'ru') as Language];
  return chosen && chosen.trim() !== '' ? chosen : text.ru;
}

/** A file size in the user's language (kilobytes, megabytes). */
export function printedSize(bytes: number, language: string | undefined): string {
  const [value, unit] = bytes < 1024 * 1024 ? [bytes / 1024, 'kilobyte'] : [bytes / 1024 / 1024, 'megabyte'];
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : `${language ?? 'ru'}-KZ`, {
    style: 'unit',
    unit,
    maximumFractionDigits: 1,
  }).format(value);
}
