import { type Language, languages } from '@shekara/contracts/i18n';
import i18next from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { loadCatalogue } from './load-catalogue.ts';

export { type Language, languages };

/** Where the user's choice of language is remembered between visits. */
export const languageStorageKey = 'shekara.language';

const asLanguage = (code: string | undefined): Language =>
  languages.find((language) => code?.toLowerCase().startsWith(language)) ?? 'ru';

async function withCatalogue(language: Language): Promise<void> {
  if (!i18next.hasResourceBundle(language, 'translation'))
    i18next.addResourceBundle(language, 'translation', await loadCatalogue(language));
}

/**
 * Resolves once the language to show (remembered, else the browser's, else Russian) has its texts:
 * the app renders after it. Only that language is fetched; another comes when the user picks it.
 */
export const i18nReady: Promise<void> = (async () => {
  await i18next
    .use(LanguageDetector)
    .use(initReactI18next)
    .init({
      resources: {},
      partialBundledLanguages: true,
      supportedLngs: languages,
      nonExplicitSupportedLngs: true,
      fallbackLng: false,
      interpolation: { escapeValue: false },
      detection: {
        order: ['localStorage', 'navigator'],
        lookupLocalStorage: languageStorageKey,
        caches: ['localStorage'],
      },
    });
  const language = asLanguage(i18next.language);
  await withCatalogue(language);
  await i18next.changeLanguage(language);
  syncDocumentLanguage(language);
  i18next.on('languageChanged', syncDocumentLanguage);
})();

/** Shows the app in another language, its texts fetched first so no key flashes untranslated. */
export async function switchLanguage(language: Language): Promise<void> {
  await withCatalogue(language);
  await i18next.changeLanguage(language);
}

function syncDocumentLanguage(language: string) {
  // a unit test may load this module outside a browser
  if (typeof document === 'undefined') return;
  document.documentElement.lang = language;
  document.title = i18next.t('app.name');
}

export function currentLanguage(): Language {
  const resolved = i18next.resolvedLanguage;
  return (languages as readonly string[]).includes(resolved ?? '') ? (resolved as Language) : 'ru';
}
