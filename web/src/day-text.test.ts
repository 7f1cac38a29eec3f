import { describe, expect, it } from 'vitest';
import { dayOfText } from './day-text.ts';

describe('dayOfText (issue 19 point 6)', () => {
  it('reads a day as typed in Kazakhstan and as an address carries it', () => {
    expect(dayOfText('01.05.2024')).toBe('2024-05-01');
    expect(dayOfText(' 1/5/2024 ')).toBe('2024-05-01');
    expect(dayOfText('2024-05-01')).toBe('2024-05-01');
  });

  it('is null for a day that is not whole or not real', () => {
    expect(dayOfText('01.05.24')).toBeNull();
    expect(dayOfText('30.02.2024')).toBeNull();
    expect(dayOfText('')).toBeNull();
  });
});
