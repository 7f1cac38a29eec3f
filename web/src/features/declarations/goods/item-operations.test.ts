import { describe, expect, it } from 'vitest';
import { addItem, duplicateItem, removeItem } from './item-operations.ts';

describe('goods items added, duplicated and removed keep box 32 numbered 1..n (issue 6 point 14)', () => {
  const items = [
    { number: 1, hsCode: '0101210000' },
    { number: 2, hsCode: '0201100000' },
    { number: 3, hsCode: '0301110000' },
  ];

  it('adds a numbered empty item, up to 999', () => {
    expect(addItem(items).at(-1)).toEqual({ number: 4 });
    const full = Array.from({ length: 999 }, (_, i) => ({ number: i + 1 }));
    expect(addItem(full)).toHaveLength(999);
  });

  it('duplicates after the original and renumbers the ones after it, leaving the ones before untouched', () => {
    const next = duplicateItem(items, 0);
    expect(next.map((i) => [i.number, i.hsCode])).toEqual([
      [1, '0101210000'],
      [2, '0101210000'],
      [3, '0201100000'],
      [4, '0301110000'],
    ]);
    expect(next[0]).toBe(items[0]);
    expect(next[1]).not.toBe(items[0]);
  });

  it('removes and renumbers', () => {
    expect(removeItem(items, 1).map((i) => [i.number, i.hsCode])).toEqual([
      [1, '0101210000'],
      [2, '0301110000'],
    ]);
  });
});
