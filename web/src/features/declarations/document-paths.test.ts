import { describe, expect, it } from 'vitest';
import { itemIndexOf, valueAt, withValueAt } from './document-paths.ts';

describe('fields of a declaration by the paths control names (issue 6 point 4)', () => {
  const document = { consignor: { name: 'A' }, items: [{ netMass: 1 }, { netMass: 2, hsCode: '0101210000' }] };

  it('reads a header box and an item box', () => {
    expect(valueAt(document, 'consignor.name')).toBe('A');
    expect(valueAt(document, 'items.1.hsCode')).toBe('0101210000');
    expect(valueAt(document, 'items.7.hsCode')).toBeUndefined();
    expect(valueAt(document, 'declarant.address.city')).toBeUndefined();
  });

  it('writes a copy where only the path is new, so untouched items keep their identity', () => {
    const next = withValueAt(document, 'items.1.netMass', 5);
    expect(next.items[1]).toEqual({ netMass: 5, hsCode: '0101210000' });
    expect(next.items[0]).toBe(document.items[0]);
    expect(next.consignor).toBe(document.consignor);
    expect(document.items[1]!.netMass).toBe(2);
  });

  it('creates the boxes along a new path and removes a cleared one with its emptied parent', () => {
    const filled = withValueAt(document, 'declarant.address.city', 'Алматы');
    expect(filled).toMatchObject({ declarant: { address: { city: 'Алматы' } } });
    expect(withValueAt(filled, 'declarant.address.city', undefined)).not.toHaveProperty('declarant');
    expect(withValueAt(document, 'documents.0.number', 'INV-1')).toMatchObject({ documents: [{ number: 'INV-1' }] });
    expect(withValueAt(document, 'items.0.netMass', undefined).items).toEqual([{}, document.items[1]]);
  });

  it('tells an item path from a header path', () => {
    expect(itemIndexOf('items.12.hsCode')).toBe(12);
    expect(itemIndexOf('items.3')).toBe(3);
    expect(itemIndexOf('totalItems')).toBeNull();
    expect(itemIndexOf('itemsCount')).toBeNull();
  });
});
