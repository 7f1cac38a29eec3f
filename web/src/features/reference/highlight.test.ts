import { describe, expect, it } from 'vitest';
import { codePrefixOf, highlightSegments, queryStems } from './highlight.ts';

const marked = (text: string, query: string) =>
  highlightSegments(text, queryStems(query))
    .filter((segment) => segment.marked)
    .map((segment) => segment.text);

describe('search highlighting (issue 5 point 9)', () => {
  it('marks the query’s words in any case and other forms of them: "лошади" in "ЛОШАДИ, ОСЛЫ, МУЛЫ И ЛОШАКИ ЖИВЫЕ"', () => {
    expect(marked('ЛОШАДИ, ОСЛЫ, МУЛЫ И ЛОШАКИ ЖИВЫЕ', 'лошади')).toEqual(['ЛОШАДИ']);
    expect(marked('Лошади чистопородные племенные', 'лошадь')).toEqual(['Лошади']);
    expect(marked('ЛОШАДИ, ОСЛЫ, МУЛЫ И ЛОШАКИ ЖИВЫЕ', 'ослы живые')).toEqual(['ОСЛЫ', 'ЖИВЫЕ']);
  });

  it('keeps every character of the text, in order, so nothing is lost or added', () => {
    const text = 'Мёд натуральный; «мед» <b>искусственный</b>';
    const segments = highlightSegments(text, queryStems('мед'));
    expect(segments.map((segment) => segment.text).join('')).toBe(text);
    expect(segments.filter((segment) => segment.marked).map((segment) => segment.text)).toEqual(['Мёд', 'мед']);
  });

  it('treats markup in names as plain text', () => {
    const segments = highlightSegments('<script>alert(1)</script> жылқылар', queryStems('жылқы'));
    expect(segments).toEqual([
      { text: '<script>alert(1)</script> ', marked: false },
      { text: 'жылқылар', marked: true },
    ]);
  });

  it('marks nothing for an empty query or one made of digits only', () => {
    expect(highlightSegments('Лошади', queryStems(''))).toEqual([{ text: 'Лошади', marked: false }]);
    expect(queryStems('0101 21')).toEqual([]);
  });

  it('reads a query of digits and spaces as a code prefix', () => {
    expect(codePrefixOf('0101 21')).toBe('010121');
    expect(codePrefixOf('лошади')).toBeNull();
    expect(codePrefixOf('')).toBeNull();
  });
});
