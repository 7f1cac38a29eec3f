/**
 * Words of nomenclature names reduced to stems, for search in Russian and Kazakh without a
 * full-text extension (PGlite and PostgreSQL alike). Both the stored names and the query go
 * through the same reduction, and a query stem matches any stored stem it begins, so "лошади"
 * finds "ЛОШАДИ" and "лошадей", and "жылқы" finds "жылқылар".
 */

const longestFirst = (list: string[]) => list.sort((a, b) => b.length - a.length);
// Russian case and number endings, stripped once.
const russianEndings = longestFirst([
  'иями',
  'ями',
  'ами',
  'ого',
  'его',
  'ому',
  'ему',
  'ыми',
  'ими',
  'ией',
  'ах',
  'ях',
  'ов',
  'ев',
  'ей',
  'ой',
  'ый',
  'ий',
  'ая',
  'яя',
  'ое',
  'ее',
  'ые',
  'ие',
  'ую',
  'юю',
  'ом',
  'ем',
  'ам',
  'ям',
  'ых',
  'их',
  'ию',
  'ия',
  'ья',
  'ье',
  'ьи',
  'а',
  'я',
  'о',
  'е',
  'ы',
  'и',
  'у',
  'ю',
  'ь',
  'й',
]);
// Kazakh plural, case and possessive endings, stacked: stripped up to twice.
const kazakhEndings = longestFirst([
  'лардың',
  'лердің',
  'дардың',
  'дердің',
  'тардың',
  'тердің',
  'лары',
  'лері',
  'дары',
  'дері',
  'тары',
  'тері',
  'лар',
  'лер',
  'дар',
  'дер',
  'тар',
  'тер',
  'ның',
  'нің',
  'дың',
  'дің',
  'тың',
  'тің',
  'нан',
  'нен',
  'дан',
  'ден',
  'тан',
  'тен',
  'мен',
  'бен',
  'пен',
  'ға',
  'ге',
  'қа',
  'ке',
  'на',
  'не',
  'да',
  'де',
  'та',
  'те',
  'ны',
  'ні',
  'ды',
  'ді',
  'ты',
  'ті',
  'сы',
  'сі',
  'ы',
  'і',
]);

/** Words that carry no meaning in a goods description. */
const stopWords = new Set([
  'и',
  'или',
  'в',
  'во',
  'на',
  'из',
  'для',
  'с',
  'со',
  'без',
  'не',
  'но',
  'по',
  'от',
  'до',
  'к',
  'ко',
  'а',
  'их',
  'его',
  'ее',
  'её',
  'кроме',
  'том',
  'числе',
  'чем',
  'более',
  'менее',
  'және',
  'немесе',
  'үшін',
  'мен',
  'бен',
  'пен',
  'of',
  'and',
  'or',
  'the',
  'for',
  'in',
  'with',
]);

const minimumStem = 3;
const wordPattern = /[\p{L}\p{N}]+/gu;

function strip(word: string, endings: readonly string[], passes: number): string {
  let result = word;
  for (let pass = 0; pass < passes; pass++) {
    const ending = endings.find(
      (candidate) => result.endsWith(candidate) && result.length - candidate.length >= minimumStem,
    );
    if (!ending) break;
    result = result.slice(0, -ending.length);
  }
  return result;
}

/**
 * A word's stems: lower case, ё as е, once with Russian endings stripped and once with Kazakh
 * ones (a name's language is not told by its letters, and one set of endings would mangle the
 * other language's words).
 */
export function stemsOfWord(word: string): string[] {
  const lower = word.toLowerCase().replaceAll('ё', 'е');
  if (/\d/.test(lower)) return [lower];
  const russian = strip(lower, russianEndings, 1);
  const kazakh = strip(lower, kazakhEndings, 2);
  return russian === kazakh ? [russian] : [russian, kazakh];
}

/** The words of a text that carry meaning, each with its stems, stop words and one-letter words left out. */
export function wordsOf(text: string): string[][] {
  const words: string[][] = [];
  for (const [word] of text.matchAll(wordPattern)) {
    const lower = word.toLowerCase();
    if (lower.length < 2 || stopWords.has(lower)) continue;
    words.push(stemsOfWord(lower));
  }
  return words;
}

/** The search terms of a node: each distinct stem of its names with its first position in any of them. */
export function searchTermsOf(names: readonly (string | null)[]): { term: string; position: number }[] {
  const first = new Map<string, number>();
  for (const name of names) {
    if (!name) continue;
    wordsOf(name).forEach((stems, position) => {
      for (const term of stems) {
        const known = first.get(term);
        if (known === undefined || position < known) first.set(term, Math.min(position, 32_000));
      }
    });
  }
  return [...first].map(([term, position]) => ({ term, position }));
}
