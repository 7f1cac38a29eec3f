import { describe, expect, it } from 'vitest';
import { isoTime } from './iso-time.ts';

describe('isoTime', () => {
  it('writes what toISOString writes', () => {
    const samples = [
      0,
      1,
      -1,
      999,
      Date.UTC(2026, 10, 22, 10, 15, 0, 7),
      Date.UTC(1950, 0, 1),
      Date.UTC(2049, 11, 31, 23, 59, 59, 999),
      Date.UTC(9999, 11, 31, 23, 59, 59, 999),
      Date.UTC(0, 0, 1) - 86_400_000 * 365 * 1899,
    ];
    for (let i = 0; i < 10_000; i++) samples.push(Math.floor((Math.random() - 0.2) * 4e12));
    for (const time of samples) expect(isoTime(new Date(time)), String(time)).toBe(new Date(time).toISOString());
  });

  it('gives the right text for moments that come back, among others', () => {
    const moments = [0, 1, 2, 3, 4, 5, 6].map((i) => Date.UTC(2026, 11, 6, 12, 0, 0, i));
    for (let round = 0; round < 50; round++) {
      for (const time of moments.slice(0, 1 + (round % moments.length))) {
        expect(isoTime(new Date(time))).toBe(new Date(time).toISOString());
        expect(isoTime(new Date(time))).toBe(new Date(time).toISOString());
      }
    }
  });

  it('hands years outside 0000–9999 and invalid dates to the built-in', () => {
    const far = new Date(Date.UTC(10_000, 0, 1));
    expect(isoTime(far)).toBe(far.toISOString());
    const early = new Date(-62_198_755_200_000 - 86_400_000);
    expect(isoTime(early)).toBe(early.toISOString());
    expect(() => isoTime(new Date(Number.NaN))).toThrow(RangeError);
  });
});
