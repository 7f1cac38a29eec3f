import { parseIinBin } from '@shekara/contracts/domain';
import { describe, expect, it } from 'vitest';
import { nonResidentNumber } from './non-resident-number.ts';

describe('the identification numbers of non-residents without an IIN (the 9900… series)', () => {
  it('are 12 digits: 9900 and the serial', () => {
    expect(nonResidentNumber(1)).toBe('990000000001');
    expect(nonResidentNumber(99_999_999)).toBe('990099999999');
  });

  it('never read as a real IIN or BIN: month 00 is no date of birth or registration', () => {
    for (const serial of [0, 1, 7, 42, 12_345_678, 40_000_000, 50_000_000, 60_000_000, 99_999_999]) {
      expect(parseIinBin(nonResidentNumber(serial)).valid).toBe(false);
    }
    // every check digit the last place could hold, for numbers whose fifth digit makes them look like a BIN
    for (let last = 0; last <= 9; last++) {
      expect(parseIinBin(`99004000000${last}`).valid).toBe(false);
      expect(parseIinBin(`99000100000${last}`).valid).toBe(false);
    }
  });
});
