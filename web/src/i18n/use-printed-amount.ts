import { isLanguage, printedAmount } from '@shekara/contracts/i18n';
import { useTranslation } from 'react-i18next';

/**
 * An amount, a mass or a rate as officials write it in the language shown (1 234 567,89 in
 * Kazakh and Russian), for the tables and figures that show a number outside a sentence; a
 * sentence names the format in its catalogue text instead, `{{amount, amount}}` (issue 21 point 6).
 */
export function usePrintedAmount(): (value: string | number) => string {
  const { i18n } = useTranslation();
  const language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'ru';
  return (value) => printedAmount(value, language);
}
