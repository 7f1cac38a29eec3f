import { describe, expect, it } from 'vitest';
import { printedDate } from './dates.ts';

describe('printedDate (issue 21 point 6)', () => {
  it('writes a day and the day of an ISO instant as DD.MM.YYYY', () => {
    expect(printedDate('2025-11-21')).toBe('21.11.2025');
    expect(printedDate('2026-01-01T10:15:00.000Z')).toBe('01.01.2026');
  });

  it('leaves what is not in the system’s notation as it is', () => {
    for (const text of ['21.11.2025', '', '2025-11', 'завтра']) expect(printedDate(text)).toBe(text);
  });
});
