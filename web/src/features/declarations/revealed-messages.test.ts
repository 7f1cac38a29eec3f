import { describe, expect, it } from 'vitest';
import { changedPaths, isTouched, opensQuiet } from './revealed-messages.ts';

describe('messages shown once their box is touched (issue 19 point 6)', () => {
  it('finds the boxes an edit changed, not the rows or groups merely added', () => {
    const before = { items: [], declarant: { name: 'A' } };
    const after = { items: [{}], declarant: { name: 'B', address: { city: 'Астана' } } };
    expect(changedPaths(before, after).sort()).toEqual(['declarant.address.city', 'declarant.name']);
    expect(changedPaths(undefined, { items: [] })).toEqual([]);
  });

  it('shows a message about the box, a box inside it or the group holding it', () => {
    const touched = new Set(['declarant.name', 'items.0.hsCode']);
    expect(isTouched('declarant.name', touched)).toBe(true);
    expect(isTouched('declarant', touched)).toBe(true);
    expect(isTouched('items.0.hsCode.x', touched)).toBe(true);
    expect(isTouched('consignor.name', touched)).toBe(false);
    expect(isTouched('items.1.hsCode', touched)).toBe(false);
  });
});

describe('which drafts open quiet', () => {
  it('a new draft with only the account’s boxes does; a saved or copied one does not', () => {
    const prefilled = { items: [], declarant: { iinBin: '1', name: 'A' }, filler: { name: 'B' } };
    expect(opensQuiet(1, prefilled)).toBe(true);
    expect(opensQuiet(2, prefilled)).toBe(false);
    expect(opensQuiet(1, { ...prefilled, reference: 'X' })).toBe(false);
  });
});
