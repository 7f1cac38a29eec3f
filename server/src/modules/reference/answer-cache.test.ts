import { describe, expect, it } from 'vitest';
import { AnswerCache } from './answer-cache.ts';

describe('the memory of recent reference answers (issue 5 point 6)', () => {
  const answer = (n: number) => ({ json: `{"n":${n}}`, etag: `"${n}"` });

  it('gives an answer back until it is ttl old, then forgets it', () => {
    let now = 0;
    const cache = new AnswerCache(10, 30_000, () => now);
    cache.set('q', answer(1));
    now = 29_999;
    expect(cache.get('q')).toEqual(answer(1));
    now = 30_000;
    expect(cache.get('q')).toBeUndefined();
  });

  it('keeps at most its capacity, dropping the least recently used', () => {
    const cache = new AnswerCache(2, 60_000, () => 0);
    cache.set('a', answer(1));
    cache.set('b', answer(2));
    cache.get('a');
    cache.set('c', answer(3));
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toEqual(answer(1));
    expect(cache.get('c')).toEqual(answer(3));
  });
});
