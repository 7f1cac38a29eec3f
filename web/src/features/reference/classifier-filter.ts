import type { Language } from '../../i18n/index.ts';
import type { ClassifierItem } from './classifiers-api.ts';

const folded = (text: string) => text.toLocaleLowerCase('ru').replace(/ё/g, 'е');

/**
 * The entries whose code begins with the query or whose name, in any of the three languages,
 * holds every word of it. Classifiers are short (a few hundred entries), so this runs in the page.
 */
export function filterClassifierItems(items: readonly ClassifierItem[], query: string): ClassifierItem[] {
  const words = folded(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...items];
  return items.filter((item) => {
    if (words.length === 1 && folded(item.code).startsWith(words[0]!)) return true;
    const names = (['kk', 'ru', 'en'] as Language[]).map((language) => folded(item.name[language])).join(' ');
    return words.every((word) => names.includes(word) || folded(item.code) === word);
  });
}

/** The names of the extra columns a classifier carries (a currency's digits, a country's alpha-3…), in a stable order. */
export function extraColumns(items: readonly ClassifierItem[]): string[] {
  const names = new Set<string>();
  for (const item of items) for (const key of Object.keys(item.extra ?? {})) names.add(key);
  return [...names].sort();
}
