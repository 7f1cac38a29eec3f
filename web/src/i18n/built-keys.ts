import { describe, expect, it } from 'vitest';
import { type Catalogue, catalogues } from './catalogues.ts';

/** The key's text is there: as it is, or as a plural set (`key_one` …). */
function has(catalogue: Catalogue, key: string): boolean {
  const text = (path: string) => {
    let node: Catalogue | string | undefined = catalogue;
    for (const part of path.split('.')) node = typeof node === 'object' ? node[part] : undefined;
    return typeof node === 'string' && node.trim() !== '';
  };
  return text(key) || text(`${key}_one`);
}

/**
 * A feature's test of the keys its pages build from values (user types, statuses, boxes): the
 * literal-key check of the catalogues cannot see them, so each feature lists them and this makes
 * sure every one has a text in kk, ru and en.
 */
export function describeBuiltKeys(pages: string, builtKeys: readonly string[]) {
  describe(`the ${pages} pages’ built catalogue keys`, () => {
    it('exist in kk, ru and en', () => {
      for (const language of ['kk', 'ru', 'en'] as const) {
        for (const key of builtKeys) expect(has(catalogues[language], key), `${language}:${key}`).toBe(true);
      }
    });
  });
}
