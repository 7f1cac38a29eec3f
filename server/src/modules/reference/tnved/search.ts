import type { Queryable } from '../../../platform/db/database.ts';
import { ratesAt, type RatesAtDate } from '../tariffs/index.ts';
import type { NomenclatureLevel, NomenclatureName } from './nomenclature.ts';
import { ancestorsOf, searchByCode, searchByWords, type MatchedNode, type StoredNode } from './repository.ts';
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

/** Longest query read: more words than this add nothing but cost. */
const maxQueryWords = 8;

/**
 * Search of the nomenclature at a date (issue 5 point 5): a query of digits (spaces ignored) is a
 * code prefix — the exact code first, then the codes under it in order; anything else is words in
 * Russian or Kazakh, ranked: all words before some, then sections, chapters, headings before
 * subheadings, then where the first word stands in the name.
 */
export async function searchNomenclature(db: Queryable, query: string, date: string, limit: number): Promise<SearchHit[]> {
  const digits = query.replace(/\s+/g, '');
  let found: MatchedNode[];
  let score: (node: MatchedNode) => number;
  if (/^\d+$/.test(digits)) {
    found = await searchByCode(db, digits.slice(0, 10), date, limit);
    score = (node) => (node.code === digits ? 100 : 90);
  } else {
    const words = wordsOf(query).slice(0, maxQueryWords);
    if (words.length === 0) return [];
    found = await searchByWords(db, words, date, limit);
    // all words: 50–80 by where they begin; some words: their share of 50
    score = (node) =>
      node.matched === words.length ? 50 + Math.max(0, 30 - node.firstPosition) : Math.round((50 * node.matched) / words.length);
  }
  return withPathsAndRates(db, found, date, score);
}

export async function withPathsAndRates<T extends StoredNode>(
  db: Queryable,
  nodes: readonly T[],
  date: string,
  score: (node: T) => number,
): Promise<SearchHit[]> {
  if (nodes.length === 0) return [];
  const codes = nodes.map((node) => node.code);
  const [above, rates] = await Promise.all([ancestorsOf(db, codes, date), ratesAt(db, codes, date)]);
  return nodes.map((node) => ({
    code: node.code,
    level: node.level,
    name: node.name,
    path: pathOf(node, above),
    rates: rates.get(node.code) ?? null,
    score: score(node),
  }));
}

/** The nodes above one, from its section down; a gap in the tree at the date ends the path there. */
export function pathOf(node: StoredNode, above: ReadonlyMap<string, StoredNode>): PathStep[] {
  const path: PathStep[] = [];
  let parent = node.parentCode ? above.get(node.parentCode) : undefined;
  while (parent && path.length < 8) {
    path.unshift({ code: parent.code, level: parent.level, name: parent.name });
    parent = parent.parentCode ? above.get(parent.parentCode) : undefined;
  }
  return path;
}
