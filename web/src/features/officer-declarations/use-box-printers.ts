import { isLanguage, printedAmount } from '@shekara/contracts/i18n';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { printedDate } from '../../dates.ts';
import type { Printers } from './goods-boxes.ts';

/**
 * The boxes' numbers and days as officials write them in the page's language: 1 234 567,89 and
 * DD.MM.YYYY (issue 21 point 6). A number keeps the places it was declared with (a mass of
 * 12.345 kg stays 12,345), so nothing the declarant wrote is rounded away.
 */
export function useBoxPrinters(): Printers {
  const { i18n } = useTranslation();
  const language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'ru';
  return useMemo(
    () => ({ number: (value) => printedAmount(String(value), language), day: (value) => printedDate(value) }),
    [language],
  );
}
