import { describe, expect, it } from 'vitest';
import { NomenclatureIndex } from './search-index.ts';

const node = (id: number, code: string, ru: string) => ({
  id,
  code,
  level: 'subheading' as const,
  parentCode: null,
  name: { ru, kk: ru, en: ru },
  validFrom: '2022-01-01',
  validTo: null,
});

const stems = (list: [term: string, nodeId: number, position: number][]) => ({
  terms: list.map(([term]) => term),
  nodeIds: Int32Array.from(list, ([, nodeId]) => nodeId),
  positions: Int16Array.from(list, ([, , position]) => position),
});

describe('the search index built from stored stems (issue 5 point 6)', () => {
  const nodes = [node(1, '0101210000', 'лошади чистопородные'), node(2, '0102210000', 'крупный рогатый скот')];

  it('finds by any stem whether the stems came in order or not, and leaves out stems of nodes it lacks', () => {
    const given: [string, number, number][] = [
      ['скот', 2, 2],
      ['лошад', 1, 0],
      ['чистопородн', 1, 1],
      ['рогат', 2, 1],
      ['сирот', 99, 0],
    ];
    for (const order of [given, [...given].sort((a, b) => (a[0] < b[0] ? -1 : 1))]) {
      const index = new NomenclatureIndex(nodes, stems(order));
      expect(index.searchByWords([['лош']], '2026-01-01', 10).map((found) => found.code)).toEqual(['0101210000']);
      expect(index.searchByWords([['рог'], ['скот']], '2026-01-01', 10)).toMatchObject([
        { code: '0102210000', matched: 2, firstPosition: 1 },
      ]);
      expect(index.searchByWords([['сирот']], '2026-01-01', 10)).toEqual([]);
    }
  });
});
