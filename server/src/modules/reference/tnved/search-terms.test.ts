import { describe, expect, it } from 'vitest';
import { searchTermsOf, stemsOfWord, wordsOf } from './search-terms.ts';

/** Issue 5 point 5: words in ru and kk match by stem, whatever their ending. */
describe('search terms of nomenclature names', () => {
  const matches = (query: string, name: string) => {
    const stored = searchTermsOf([name]).map(({ term }) => term);
    return wordsOf(query).every((stems) => stems.some((stem) => stored.some((term) => term.startsWith(stem))));
  };

  it('finds Russian words in other cases and numbers ("лошади" finds "ЛОШАДИ" and "лошадей")', () => {
    expect(matches('лошади', 'ЛОШАДИ, ОСЛЫ, МУЛЫ И ЛОШАКИ ЖИВЫЕ')).toBe(true);
    expect(matches('лошадь', 'МЯСО ЛОШАДЕЙ, ОСЛОВ')).toBe(true);
    expect(matches('обуви', 'ОБУВЬ ПРОЧАЯ')).toBe(true);
    expect(matches('машин', 'МАШИНЫ СТИРАЛЬНЫЕ')).toBe(true);
    expect(matches('ёлки', 'елки новогодние')).toBe(true);
    expect(matches('кофе', 'ЧАЙ ЗЕЛЕНЫЙ')).toBe(false);
  });

  it('finds Kazakh words with their plural and case endings ("жылқы" finds "жылқылар", "жылқылардың")', () => {
    expect(matches('жылқы', 'ТІРІ ЖЫЛҚЫЛАР, ЕСЕКТЕР')).toBe(true);
    expect(matches('жылқылардың', 'ТІРІ ЖЫЛҚЫЛАР')).toBe(true);
    expect(matches('аяқ киім', 'БАСҚА АЯҚ КИІМ')).toBe(true);
  });

  it('leaves out stop words and one-letter words, keeps numbers whole, and records where each word first stands', () => {
    expect(wordsOf('мясо и субпродукты в 2 л')).toEqual([stemsOfWord('мясо'), stemsOfWord('субпродукты')]);
    expect(stemsOfWord('1500')).toEqual(['1500']);
    const terms = searchTermsOf(['ЛОШАДИ, ОСЛЫ И ЛОШАКИ', 'ТІРІ ЖЫЛҚЫЛАР']);
    expect(terms.find(({ term }) => term === 'лошад')?.position).toBe(0);
    expect(terms.find(({ term }) => term === 'осл')?.position).toBe(1);
    expect(terms.find(({ term }) => term === 'жылқ')?.position).toBe(1);
  });
});
