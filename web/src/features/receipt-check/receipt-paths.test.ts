import { describe, expect, it } from 'vitest';
import { registrationNumberPattern, sha256Pattern, verifyPath } from './receipt-paths.ts';

describe('the receipt check page’s addresses (WD-14)', () => {
  it('keep the number’s slashes in the path and the hash in the query', () => {
    expect(verifyPath()).toBe('/verify');
    expect(verifyPath('75101/221126/0000042', 'ab'.repeat(32))).toBe(
      `/verify/75101/221126/0000042?hash=${'ab'.repeat(32)}`,
    );
    expect(registrationNumberPattern.test('75101/221126/0000042')).toBe(true);
    expect(sha256Pattern.test('AB'.repeat(32))).toBe(true);
    expect(sha256Pattern.test('ab')).toBe(false);
  });
});
