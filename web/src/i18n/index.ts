import {
  cookieLanguage,
  isLanguage,
  type Language,
  languageCookie,
  languages,
  negotiateLanguage,
} from '@shekara/contracts/i18n';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { loadCatalogue } from './load-catalogue.ts';

export { type Language, languages };

/** Where this browser keeps the visitor's choice of language. */
const storedChoiceKey = 'shekara.language';

/** A year: the choice outlives the session. */
const cookieSeconds = 365 * 24 * 60 * 60;

async function withCatalogue(language: Language): Promise<void> {
  if (!i18next.hasResourceBundle(language, 'translation'))
    i18next.addResourceBundle(language, 'translation', await loadCatalogue(language));
}

/**
 * The language the visitor chose here, if they did: kept in this browser's storage and, for the
 * server to read, in a cookie (a choice made before the cookie existed, or a cookie lost, is
 * copied into it again).
 */
function chosenLanguage(): Language | undefined {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(storedChoiceKey);
  } catch {
    // storage refused (private browsing): the cookie alone keeps the choice
  }
  const cookie = cookieLanguage(document.cookie);
  if (!isLanguage(stored)) return cookie;
  if (stored !== cookie) rememberLanguage(stored);
  return stored;
}

/**
 * The language to show the page in: the visitor's choice, else the one the server wrote the page
 * in (it negotiated the browser's Accept-Language, `prerendered`), else the browser's languages,
 * else Russian.
 */
export function pageLanguage(prerendered: string | undefined): Language {
  return (
    chosenLanguage() ??
    (isLanguage(prerendered) ? prerendered : negotiateLanguage(navigator.languages?.join(',') ?? navigator.language))
  );
}

/**
 * Starts i18next in one language, its texts fetched first: the app renders after it. Only that
 * language is loaded; another comes when the user picks it.
 */
export async function startI18n(language: Language): Promise<void> {
  await i18next.use(initReactI18next).init({
    resources: {},
    partialBundledLanguages: true,
    supportedLngs: languages,
    fallbackLng: false,
    lng: language,
    interpolation: { escapeValue: false },
  });
  await withCatalogue(language);
  await i18next.changeLanguage(language);
  syncDocumentLanguage(language);
  i18next.on('languageChanged', syncDocumentLanguage);
}

/**
 * Shows the app in another language, its texts fetched first so no key flashes untranslated, and
 * remembers the choice in a cookie, so the server sends the next visit's first page in it.
 */
export async function switchLanguage(language: Language): Promise<void> {
  await withCatalogue(language);
  await i18next.changeLanguage(language);
  rememberLanguage(language);
}

function rememberLanguage(language: Language): void {
  const secure = location.protocol === 'https:' ? '; Secure' : '';
  // biome-ignore lint/suspicious/noDocumentCookie: one plain cookie; the Cookie Store API is not in every browser yet
  document.cookie = `${languageCookie}=${language}; Path=/; Max-Age=${cookieSeconds}; SameSite=Lax${secure}`;
  try {
    localStorage.setItem(storedChoiceKey, language);
  } catch {
    // private browsing: the cookie keeps the choice
  }
}

function syncDocumentLanguage(language: string) {
  // a unit test or the build's prerender may load this module outside a browser
  if (typeof document === 'undefined') return;
  document.documentElement.lang = language;
  document.title = i18next.t('app.name');
}

export function currentLanguage(): Language {
  const resolved = i18next.resolvedLanguage;
  return (languages as readonly string[]).includes(resolved ?? '') ? (resolved as Language) : 'ru';
}
