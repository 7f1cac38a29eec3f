import en from './locales/en.json';
import kk from './locales/kk.json';
import ru from './locales/ru.json';

export type Catalogue = { [key: string]: string | Catalogue };

/**
 * The texts of the web app: the shared catalogue (locales/) merged with each feature's own
 * (features/<name>/locales/{kk,ru,en}.json), so a feature brings its texts along with its code.
 * A key defined twice is a mistake, reported at start rather than silently overwritten.
 */
const featureFiles = import.meta.glob<Catalogue>('../features/*/locales/*.json', { eager: true, import: 'default' });

function merged(language: 'kk' | 'ru' | 'en', base: Catalogue): Catalogue {
  const result = structuredClone(base);
  for (const [file, catalogue] of Object.entries(featureFiles)) {
    if (file.endsWith(`/${language}.json`)) mergeInto(result, catalogue, file);
  }
  return result;
}

function mergeInto(target: Catalogue, source: Catalogue, file: string, prefix = ''): void {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key];
    if (typeof value === 'string' || existing === undefined) {
      if (existing !== undefined) throw new Error(`${file}: the text ${prefix}${key} is defined twice`);
      target[key] = value;
    } else if (typeof existing === 'string') {
      throw new Error(`${file}: ${prefix}${key} is both a text and a group`);
    } else {
      mergeInto(existing, value, file, `${prefix}${key}.`);
    }
  }
}

export const catalogues = { kk: merged('kk', kk), ru: merged('ru', ru), en: merged('en', en) } as const;
