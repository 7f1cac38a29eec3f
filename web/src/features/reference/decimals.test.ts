import { describe, expect, it } from 'vitest';
import { plainNumber, withPlaces } from './decimals.ts';

describe('decimals on the reference pages (issue 5 point 9)', () => {
  it('prints decimals without the zeros that say nothing', () => {
    expect(plainNumber('15.00')).toBe('15');
    expect(plainNumber('1.250')).toBe('1.25');
    expect(plainNumber('100')).toBe('100');
  });

  it('prints tenge with two places, as the National Bank does', () => {
    expect(withPlaces('522.9', 2)).toBe('522.90');
    expect(withPlaces('-1.45', 2)).toBe('-1.45');
    expect(withPlaces('6', 2)).toBe('6.00');
    expect(withPlaces('4.3712', 2)).toBe('4.3712');
  });
});
