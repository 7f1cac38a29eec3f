/** A piece of a name as shown in search results: marked when it matches the query. */
export interface Segment {
  text: string;
  marked: boolean;
}

const wordPattern = /[\p{L}\p{N}]+/gu;

const folded = (word: string) => word.toLocaleLowerCase('ru').replace(/ё/g, 'е');

/**
 * The stems to look for: each word of the query without its ending, so that other forms of it
 * match too (the server finds "ЛОШАДИ" for "лошадь", so the page marks it as well). A stem keeps
 * at least three letters.
 */
export function queryStems(query: string): string[] {
  const words = [...query.matchAll(wordPattern)].map((match) => folded(match[0]));
  const stems = words.filter((word) => !/^\d+$/.test(word)).map(stemOf);
  return [...new Set(stems)];
}

// Russian and Kazakh endings are mostly vowels and soft/short signs; dropping up to two of them is
// a cheap stem that is good enough to mark what the server's fuller stemming found.
const ending = /[аеиоуыэюяйьәөүұі]{1,2}$/u;

function stemOf(word: string): string {
  const stem = word.replace(ending, '');
  return stem.length >= 3 ? stem : word;
}

/**
 * Splits a text into segments, marking every word that begins with one of the stems. The text is
 * only cut, never interpreted: the page renders the segments as text, so a name cannot inject markup.
 */
export function highlightSegments(text: string, stems: readonly string[]): Segment[] {
  if (stems.length === 0) return text ? [{ text, marked: false }] : [];
  const segments: Segment[] = [];
  let last = 0;
  const push = (piece: string, marked: boolean) => {
    if (!piece) return;
    const previous = segments[segments.length - 1];
    if (previous && previous.marked === marked) previous.text += piece;
    else segments.push({ text: piece, marked });
  };
  for (const match of text.matchAll(wordPattern)) {
    const word = folded(match[0]);
    if (!stems.some((stem) => word.startsWith(stem))) continue;
    push(text.slice(last, match.index), false);
    push(match[0], true);
    last = match.index + match[0].length;
  }
  push(text.slice(last), false);
  return segments;
}

/** The digits of a query that asks by code ("0101 21", "01012"), or null when it asks by words. */
export function codePrefixOf(query: string): string | null {
  const compact = query.replace(/\s+/g, '');
  return /^\d+$/.test(compact) ? compact : null;
}
