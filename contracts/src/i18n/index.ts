import { printedDate } from './dates.ts';

/** The three languages of the system: Kazakh, Russian and English. Russian is the default. */
export const languages = ['kk', 'ru', 'en'] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = 'ru';

export type LocalizedText = Record<Language, string>;

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/**
 * Picks the best of kk/ru/en from an Accept-Language header (RFC 9110 §12.5.4):
 * highest q first, header order breaks ties, `kk-KZ` counts as `kk`; default Russian.
 */
export function negotiateLanguage(header: string | undefined): Language {
  if (!header) return defaultLanguage;
  const ranked = header
    .slice(0, 512)
    .split(',')
    .map((part, index) => {
      const [tag = '', ...attributes] = part.trim().split(';');
      const q = attributes.map((a) => a.trim()).find((a) => a.startsWith('q='));
      const quality = q ? Number(q.slice(2)) : 1;
      return { base: tag.trim().toLowerCase().split('-')[0], quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((entry) => entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  return ranked.map((entry) => entry.base).find(isLanguage) ?? defaultLanguage;
}

/**
 * A value a message inserts: as it is, or — a status, a kind, an amount — written in each language
 * (a message names the thing in the reader's words, never by the code's identifier).
 */
export type MessageValue = string | number | LocalizedText;
export type MessageParams = Readonly<Record<string, MessageValue>>;

/**
 * Fills `{name}` placeholders, a value in several languages in `language`'s (English when none is
 * given), a day the system keeps as YYYY-MM-DD as officials write it, DD.MM.YYYY; an unknown
 * placeholder stays visible rather than vanishing.
 */
export function interpolate(template: string, params: MessageParams = {}, language: Language = 'en'): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!(name in params)) return whole;
    const value = params[name]!;
    if (typeof value === 'object') return value[language];
    return typeof value === 'string' && isoDay.test(value) ? printedDate(value) : String(value);
  });
}

/**
 * The cookie that keeps the language a visitor chose in the web app, so the server sends the home
 * page already written in it (issue 19 point 11); without it the server goes by Accept-Language.
 */
export const languageCookie = 'shekara_language';

/** The language a Cookie header names in `languageCookie`, if it names one of kk/ru/en. */
export function cookieLanguage(header: string | undefined): Language | undefined {
  const value = header?.match(new RegExp(`(?:^|;\\s*)${languageCookie}=([^;]*)`))?.[1]?.trim();
  return isLanguage(value) ? value : undefined;
}

const isoDay = /^\d{4}-\d{2}-\d{2}$/;

export { localizedAmount, printedAmount, printedDecimal } from './amounts.ts';
export { countedWordsAfterOtherValues, kazakhPluralsAfterCount, russianAgreementProblems } from './counted-words.ts';
export { printedDate } from './dates.ts';
export { type ForbiddenTerm, forbiddenTerms, forbiddenTermsIn } from './forbidden-terms.ts';
export { type KazakhCase, kazakhEnding, withKazakhEnding } from './kazakh-endings.ts';
export { type LanguageProblem, latinWordsAllowed, officialLanguageProblems } from './official-language.ts';
