import type { GoodsDeclaration, GoodsItem } from '@shekara/contracts/declarations/documents';
import { describe, expect, it } from 'vitest';
import { align, changeCount, compareCopies, compareLines } from './copy-comparison.ts';

const item = (n: number, description: string, extra: Partial<GoodsItem> = {}): GoodsItem =>
  ({ number: n, hsCode: '8517130000', description, originCountry: 'CN', netMass: 10, ...extra }) as GoodsItem;

const goods = (header: Partial<GoodsDeclaration>, items: GoodsItem[]) =>
  ({ direction: 'IM', procedureCode: '40', totalItems: items.length, ...header, items }) as GoodsDeclaration;

describe('two signed copies compared by their boxes (issue 19 point 5)', () => {
  it('names each header box changed, added or removed, in the form’s order, and leaves out boxes empty in both', () => {
    const comparison = compareCopies(
      goods({ reference: 'REF-1', tradingCountry: 'CN' }, [item(1, 'Телефоны')]),
      goods({ reference: 'REF-2', dispatchCountry: 'CN' }, [item(1, 'Телефоны')]),
    );
    expect(comparison.layout).toBe('goods');
    if (comparison.layout !== 'goods') return;
    expect(comparison.header.map((b) => [b.box, b.field, b.earlier, b.later, b.change])).toEqual([
      ['1', 'direction', 'IM, 40', 'IM, 40', 'same'],
      ['5', 'totalItems', '1', '1', 'same'],
      ['7', 'reference', 'REF-1', 'REF-2', 'changed'],
      ['11', 'tradingCountry', 'CN', null, 'removed'],
      ['15', 'dispatchCountry', null, 'CN', 'added'],
    ]);
    expect(comparison.items).toHaveLength(1);
    expect(comparison.items[0]!.change).toBe('same');
    expect(changeCount(comparison)).toEqual({ boxes: 3, items: 0 });
  });

  it('marks the boxes of an item that changed, and pairs an item changed in place with itself', () => {
    const comparison = compareCopies(
      goods({}, [item(1, 'Телефоны'), item(2, 'Кабели')]),
      goods({}, [item(1, 'Телефоны сотовые', { netMass: 12 }), item(2, 'Кабели')]),
    );
    if (comparison.layout !== 'goods') throw new Error('goods expected');
    const [first, second] = comparison.items;
    expect([first!.earlier, first!.later, first!.change]).toEqual([1, 1, 'changed']);
    expect(first!.boxes.filter((b) => b.change !== 'same').map((b) => [b.box, b.earlier, b.later])).toEqual([
      ['31', 'Телефоны', 'Телефоны сотовые'],
      ['38', '10', '12'],
    ]);
    expect(second!.change).toBe('same');
  });

  it('reads an item removed before others as removed, and the items after it as kept under new numbers', () => {
    const comparison = compareCopies(
      goods({}, [item(1, 'Телефоны'), item(2, 'Кабели'), item(3, 'Зарядные устройства')]),
      goods({}, [item(1, 'Кабели'), item(2, 'Зарядные устройства'), item(3, 'Наушники')]),
    );
    if (comparison.layout !== 'goods') throw new Error('goods expected');
    expect(comparison.items.map((i) => [i.earlier, i.later, i.change])).toEqual([
      [1, null, 'removed'],
      [2, 1, 'changed'],
      [3, 2, 'changed'],
      [null, 3, 'added'],
    ]);
    // renumbered, nothing else: only box 32 differs
    expect(comparison.items[1]!.boxes.filter((b) => b.change !== 'same').map((b) => b.box)).toEqual(['32']);
    const added = comparison.items[3]!;
    expect(added.boxes.find((b) => b.box === '31')).toMatchObject({
      earlier: null,
      later: 'Наушники',
      change: 'added',
    });
    expect(changeCount(comparison).items).toBe(4);
  });

  it('compares a kind without a laid-out view field by field, by path', () => {
    const comparison = compareCopies(
      { carrier: { name: 'ACME' }, seals: [{ number: 'S1' }, { number: 'S2' }] },
      { carrier: { name: 'ACME LLP' }, seals: [{ number: 'S1' }], route: 'Хоргос' },
    );
    expect(comparison).toEqual({
      layout: 'lines',
      truncated: false,
      lines: [
        { path: 'carrier.name', earlier: 'ACME', later: 'ACME LLP', change: 'changed' },
        { path: 'seals[1].number', earlier: 'S1', later: 'S1', change: 'same' },
        { path: 'seals[2].number', earlier: 'S2', later: null, change: 'removed' },
        { path: 'route', earlier: null, later: 'Хоргос', change: 'added' },
      ],
    });
  });

  it('reads a copy that is no document as having nothing', () => {
    expect(compareLines([], [{ path: 'a', value: '1' }])).toEqual([
      { path: 'a', earlier: null, later: '1', change: 'added' },
    ]);
    expect(compareCopies(null, null)).toEqual({ layout: 'lines', lines: [], truncated: false });
  });
});

describe('walking two sequences together', () => {
  it('keeps their common subsequence and steps through the rest as removed or added', () => {
    const steps = align(['a', 'b', 'c', 'd', 'e'], ['a', 'c', 'x', 'd', 'e', 'f']);
    expect(steps).toEqual([
      { earlier: 0, later: 0 },
      { earlier: 1, later: null },
      { earlier: 2, later: 1 },
      { earlier: null, later: 2 },
      { earlier: 3, later: 3 },
      { earlier: 4, later: 4 },
      { earlier: null, later: 5 },
    ]);
    expect(align([], [])).toEqual([]);
    expect(align(['a'], [])).toEqual([{ earlier: 0, later: null }]);
  });

  it('takes 999 items with one changed in the middle without a table of them all', () => {
    const earlier = Array.from({ length: 999 }, (_, i) => `item ${i}`);
    const later = earlier.map((key, i) => (i === 500 ? 'changed' : key));
    const steps = align(earlier, later);
    expect(steps).toHaveLength(1000);
    expect(steps.filter((s) => s.earlier === null || s.later === null)).toEqual([
      { earlier: 500, later: null },
      { earlier: null, later: 500 },
    ]);
  });
});
