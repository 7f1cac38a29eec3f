import { describe, expect, it } from 'vitest';
import { LruCache } from './lru.ts';

const keysAfter = (cache: LruCache<string, number>, keys: string[]) => keys.filter((k) => cache.get(k) !== undefined);

describe('LruCache', () => {
  it('evicts the least recently used key, hits included', () => {
    const cache = new LruCache<string, number>(3);
    cache.set('a', 1);
    cache.set('b', 2);
    cache.set('c', 3);
    expect(cache.get('a')).toBe(1); // a is now the newest: b is the oldest
    cache.set('d', 4);
    expect(cache.get('b')).toBeUndefined();
    expect(keysAfter(cache, ['a', 'c', 'd'])).toEqual(['a', 'c', 'd']);
  });

  it('keeps the order right when the newest key is hit again and again', () => {
    const cache = new LruCache<string, number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    for (let i = 0; i < 5; i++) expect(cache.get('b')).toBe(2); // b stays the newest
    cache.set('c', 3); // a goes
    expect(cache.get('a')).toBeUndefined();
    expect(cache.get('b')).toBe(2);
    expect(cache.get('c')).toBe(3);
    expect(cache.get('b')).toBe(2); // b newest again, c the oldest
    cache.set('d', 4);
    expect(cache.get('c')).toBeUndefined();
    expect(cache.get('b')).toBe(2);
    expect(cache.hits).toBeGreaterThan(0);
    expect(cache.misses).toBe(2);
  });

  it('forgets the newest key when cleared, and works with a capacity of one', () => {
    const cache = new LruCache<string, number>(1);
    cache.set('a', 1);
    expect(cache.get('a')).toBe(1);
    cache.clear();
    expect(cache.size).toBe(0);
    expect(cache.get('a')).toBeUndefined();
    cache.set('a', 2);
    cache.set('b', 3);
    expect(cache.get('a')).toBeUndefined();
    expect(cache.get('b')).toBe(3);
    expect(cache.size).toBe(1);
    expect(() => new LruCache(0)).toThrow(RangeError);
  });
});
