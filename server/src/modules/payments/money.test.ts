import { describe, expect, it } from 'vitest';
import { exact, formatExact, formatTiyn, larger, minus, percentOf, positivePart, roundToTiyn, times } from './money.ts';

describe('money: exact decimals, rounded once to the tiyn half up', () => {
  it('rounds .005 up, .0049 down, and a negative half away from zero', () => {
    expect(roundToTiyn(exact('0.005'))).toBe(1n);
    expect(roundToTiyn(exact('0.0049'))).toBe(0n);
    expect(roundToTiyn(exact('1234.565'))).toBe(123457n);
    expect(roundToTiyn(exact('1234.56499999'))).toBe(123456n);
    expect(roundToTiyn(minus(exact('0'), exact('0.005')))).toBe(-1n);
  });

  it('keeps products exact where binary floating point would not', () => {
    // 0.1 × 3 is 0.30000000000000004 in floating point; here it is 0.3 and rounds to 30 tiyn
    expect(roundToTiyn(times(exact('0.1'), exact('3')))).toBe(30n);
    // 1.005 × 100 = 100.49999999999999 in floating point; exactly 100.5 here → 100.50
    expect(formatTiyn(roundToTiyn(times(exact('1.005'), exact('100'))))).toBe('100.50');
    // 12 % of 0.125 = 0.015 exactly → 0.02 half up
    expect(formatTiyn(roundToTiyn(percentOf(exact('0.125'), exact('12'))))).toBe('0.02');
  });

  it('writes tiyn with two places and values with their places, trailing zeros dropped', () => {
    expect(formatTiyn(0n)).toBe('0.00');
    expect(formatTiyn(5n)).toBe('0.05');
    expect(formatTiyn(902025000n)).toBe('9020250.00');
    expect(formatTiyn(-150n)).toBe('-1.50');
    expect(formatExact(exact('601.3500'))).toBe('601.35');
    expect(formatExact(exact('2'))).toBe('2');
  });

  it('takes the larger and the part above zero', () => {
    expect(larger(exact('1.5'), exact('1.49'))).toEqual(exact('1.5'));
    expect(positivePart(minus(exact('1'), exact('2')))).toEqual({ n: 0n, d: 1n });
  });

  it('refuses what is not a plain non-negative decimal', () => {
    expect(() => exact('1e3')).toThrow();
    expect(() => exact('-1')).toThrow();
    expect(() => exact('0,44')).toThrow();
  });
});
