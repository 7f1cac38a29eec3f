import type { NomenclatureLevel, NomenclatureName } from '@shekara/contracts/reference/tnved';
import type { Database } from '../../../platform/db/database.ts';
import { type RatesAtDate, ratesAt } from '../tariffs/index.ts';
import { nomenclatureIndex, type RankedNode } from './search-index.ts';
import { wordsOf } from './search-terms.ts';

export interface PathStep {
  code: string;
  level: NomenclatureLevel;
  name: NomenclatureName;
}

export interface SearchHit extends PathStep {
  path: PathStep[];
  rates: RatesAtDate | null;
  score: number;
}

/** Longest query read: more words than this add nothing but cost (and a word is one bit of a mask). */
const maxQueryWords = 8;

const step = ({ code, level, name }: PathStep): PathStep => ({ code, level, name });

/**
 * Search of the nomenclature at a date (issue 5 point 5): a query of digits (spaces ignored) is a
 * code prefix — the exact code first, then the codes under it in order; anything else is words in
 * Russian or Kazakh, ranked: all words before some, then sections, chapters, headings before
 * subheadings, then where the first word stands in the name. Each hit comes with its path and
 * the rates in force at the date.
 */
export async function searchNomenclature(
  db: Database,
  query: string,
  date: string,
  limit: number,
): Promise<SearchHit[]> {
  const index = await nomenclatureIndex(db);
  const compact = query.replace(/\s+/g, '');
  let found: RankedNode[];
  let score: (node: RankedNode) => number;
  if (/^\d+$/.test(compact)) {
    // no code is longer than 10 digits: a longer query asks for the 10-digit code it begins with
    const digits = compact.slice(0, 10);
    found = index.searchByCode(digits, date, limit);
    score = (node) => (node.code === digits ? 100 : 90);
  } else {
    const words = wordsOf(query).slice(0, maxQueryWords);
    if (words.length === 0) return [];
    found = index.searchByWords(words, date, limit);
    // all words: 50–80 by where they begin; some words: their share of 50
    score = (node) =>
      node.matched === words.length
        ? 50 + Math.max(0, 30 - node.firstPosition)
        : Math.round((50 * node.matched) / words.length);
  }
  if (found.length === 0) return [];
  const rates = await ratesAt(
    db,
    found.map((node) => node.code),
    date,
  );
  return found.map((node) => ({
    ...step(node),
    path: index.path(node, date).map(step),
    rates: rates.get(node.code) ?? null,
    score: score(node),
  }));
}
