import { describe, expect, it } from 'vitest';
import { withValueAt } from '../document-paths.ts';
import { headerOf } from './stable-header.ts';

describe('the header of a goods declaration while the user types in the items grid', () => {
  it('keeps its identity when only an item changes, and changes when a header box does', () => {
    const document = { consignor: { name: 'A' }, items: [{ netMass: 1 }] };
    const header = headerOf(document, null);
    expect(header).toEqual({ consignor: { name: 'A' } });
    expect(headerOf(withValueAt(document, 'items.0.netMass', 2), header)).toBe(header);
    const changed = headerOf(withValueAt(document, 'consignor.name', 'B'), header);
    expect(changed).not.toBe(header);
    expect(changed).toEqual({ consignor: { name: 'B' } });
    expect(headerOf(withValueAt(document, 'reference', 'R-1'), header)).not.toBe(header);
  });
});
