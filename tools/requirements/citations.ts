/** The longest range a title may cite (`WD-1..WD-36`): a bound, so that a typo cannot expand to millions. */
const MAX_RANGE = 100;

/**
 * The requirement IDs a text cites, in order of first mention and without repeats: single IDs
 * (`ACC-9`) and ranges of one prefix (`WD-20..WD-30`, also with an en or em dash, or `WD-20..30`),
 * which stand for every ID between. Only the given prefixes are read, so that codes of the same
 * shape (a sticker code `WD-7788-AB` inside a longer word) are not taken for citations.
 */
export function citedIds(text: string, prefixes: readonly string[]): string[] {
  if (prefixes.length === 0) return [];
  const alternatives = prefixes.map((prefix) => prefix.replace(/[^A-Za-z0-9]/g, '')).join('|');
  const pattern = new RegExp(
    `(?<![A-Za-z0-9-])(${alternatives})-(\\d+)(?:\\s*(?:\\.\\.|…|–|—)\\s*(?:(${alternatives})-)?(\\d+))?(?![A-Za-z0-9]|-[A-Za-z0-9])`,
    'g',
  );
  const ids: string[] = [];
  const seen = new Set<string>();
  const add = (id: string) => {
    if (!seen.has(id)) ids.push(id);
    seen.add(id);
  };
  for (const match of text.matchAll(pattern)) {
    const [, prefix, first, endPrefix, last] = match;
    const from = Number(first);
    if (last === undefined) {
      add(`${prefix}-${from}`);
      continue;
    }
    const to = Number(last);
    if ((endPrefix !== undefined && endPrefix !== prefix) || to < from || to - from > MAX_RANGE) {
      throw new Error(`"${match[0]}" is not a range of one prefix, low to high (in "${text}")`);
    }
    for (let number = from; number <= to; number++) add(`${prefix}-${number}`);
  }
  return ids;
}
