import en from './locales/en.json';
import kk from './locales/kk.json';
import ru from './locales/ru.json';
import { type Catalogue, mergeCatalogues } from './merge.ts';

export type { Catalogue };

/**
 * All three languages' texts at once, for the tests that compare them and the browser suites that
 * read them. The app itself loads only the language shown (load-catalogue.ts).
 */
const featureFiles = import.meta.glob<Catalogue>('../features/*/locales/*.json', { eager: true, import: 'default' });

const merged = (language: 'kk' | 'ru' | 'en', base: Catalogue) =>
  mergeCatalogues(
    base,
    Object.entries(featureFiles).filter(([file]) => file.endsWith(`/${language}.json`)),
  );

export const catalogues = { kk: merged('kk', kk), ru: merged('ru', ru), en: merged('en', en) } as const;
