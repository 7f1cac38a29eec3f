import { describe, expect, it } from 'vitest';
import { illFormedTextAt } from './text-guard.ts';

/** Issue 14 point 11: text PostgreSQL cannot store, or that is not Unicode, is found wherever it is. */
describe('ill-formed text in a request', () => {
  it.each([
    ['a NUL in a string', { q: 'a\u0000b' }, 'q'],
    ['a lone high surrogate', { name: { ru: 'x\ud800' } }, 'name.ru'],
    ['a lone low surrogate', { items: [{ description: 'ok' }, { description: '\udc00' }] }, 'items.1.description'],
    ['a NUL in a key', { 'a\u0000': 1 }, 'a\u0000'],
    ['the value itself', '\u0000', ''],
  ])('finds %s', (_, value, path) => {
    expect(illFormedTextAt(value)).toBe(path);
  });

  it('passes well-formed text: a surrogate pair (an emoji), Kazakh letters, numbers, nulls', () => {
    expect(illFormedTextAt({ note: 'Шекара 😀 қазақ', n: 1, none: null, list: [true, 'ә'] })).toBeNull();
    expect(illFormedTextAt(undefined)).toBeNull();
  });

  it('walks a body nested far deeper than the call stack would allow, without recursion', () => {
    let deep: unknown = 'x\u0000';
    for (let level = 0; level < 200_000; level++) deep = [deep];
    expect(illFormedTextAt(deep)).toMatch(/^0(\.0)*$/);
  });

  it('leaves bytes to their own parsers', () => {
    expect(illFormedTextAt({ file: Buffer.from([0, 0xd8]) })).toBeNull();
  });
});
