import { describe, expect, it } from 'vitest';
import { startOfAlmatyDay } from './list-declarations.ts';

describe('list filters count days in Almaty', () => {
  it('starts a day at midnight UTC+5, and UTC+6 before March 2024', () => {
    expect(startOfAlmatyDay('2026-03-10').toISOString()).toBe('2026-03-09T19:00:00.000Z');
    expect(startOfAlmatyDay('2024-01-10').toISOString()).toBe('2024-01-09T18:00:00.000Z');
  });
});
