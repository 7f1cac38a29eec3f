import { describe, expect, it } from 'vitest';
import { registrationNumber, registrationNumberPattern } from './registration-number.ts';

describe('registration numbers (issue 6 point 5)', () => {
  it('are office / DDMMYY of the Almaty day / seven-digit serial', () => {
    expect(registrationNumber('75101', '2026-11-22', 42)).toBe('75101/221126/0000042');
    expect(registrationNumber('71101', '2027-01-05', 9_999_999)).toBe('71101/050127/9999999');
    expect(registrationNumberPattern.test('75101/221126/0000042')).toBe(true);
    expect(registrationNumberPattern.test('75101/22112/0000042')).toBe(false);
  });
});
