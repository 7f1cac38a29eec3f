import { type Language, languages } from '@shekara/contracts/i18n';
import i18next from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { catalogues } from './catalogues.ts';

export { type Language, languages };

/** Where the user's choice of language is remembered between visits. */
export const languageStorageKey = 'shekara.language';

export { catalogues };

void i18next
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    resources: {
      kk: { translation: catalogues.kk },
      ru: { translation: catalogues.ru },
      en: { translation: catalogues.en },
    },
    supportedLngs: languages,
    nonExplicitSupportedLngs: true,
    fallbackLng: 'ru',
    interpolation: { escapeValue: false },
    detection: {
      order: ['localStorage', 'navigator'],
      lookupLocalStorage: languageStorageKey,
      caches: ['localStorage'],
    },
  });

const syncDocumentLanguage = (language: string) => {
  document.documentElement.lang = language;
  document.title = i18next.t('app.name');
};
syncDocumentLanguage(i18next.resolvedLanguage ?? 'ru');
i18next.on('languageChanged', syncDocumentLanguage);

export function currentLanguage(): Language {
  const resolved = i18next.resolvedLanguage;
  return (languages as readonly string[]).includes(resolved ?? '') ? (resolved as Language) : 'ru';
}
