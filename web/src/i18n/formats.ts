import { isLanguage, printedAmount } from '@shekara/contracts/i18n';
import type { i18n } from 'i18next';
import { printedDate } from '../dates.ts';

/**
 * The formats a text names beside its value, `{{amount, amount}}` and `{{date, date}}`, so a
 * catalogue decides how a value is written and a page hands it over as the system keeps it
 * ("7416352.81", "2026-01-05"): amounts as officials write them in the text's language
 * (1 234 567,89 in Kazakh and Russian), days as DD.MM.YYYY (issue 21 point 6). A value that is
 * not an amount or a day (a rate "15 %", a word standing in for an open end) is left as it is.
 */
export function registerFormats(instance: i18n): void {
  instance.services.formatter?.add('amount', (value: unknown, language: string | undefined) =>
    typeof value === 'string' || typeof value === 'number'
      ? printedAmount(value, isLanguage(language) ? language : 'ru')
      : String(value ?? ''),
  );
  instance.services.formatter?.add('date', (value: unknown) =>
    typeof value === 'string' ? printedDate(value) : String(value ?? ''),
  );
}
