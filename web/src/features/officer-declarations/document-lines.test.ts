import { printedAmount } from '@shekara/contracts/i18n';
import { describe, expect, it } from 'vitest';
import { documentLines } from './document-lines.ts';

describe('a document of any kind as lines (issue 6 point 7)', () => {
  it('lists every filled field by its path, counting list entries from one', () => {
    expect(
      documentLines({
        carrier: { name: 'ACME', address: { city: '' } },
        seals: [{ number: 'S1' }, { number: 'S2' }],
        urgent: false,
        note: null,
      }),
    ).toEqual({
      lines: [
        { path: 'carrier.name', value: 'ACME' },
        { path: 'seals[1].number', value: 'S1' },
        { path: 'seals[2].number', value: 'S2' },
        { path: 'urgent', value: 'false' },
      ],
      truncated: false,
    });
  });

  it('writes days, times and fractions as officials write them, and leaves codes alone (issue 21 point 6)', () => {
    const printers = { number: (value: string | number) => printedAmount(String(value), 'kk') };
    const { lines } = documentLines(
      { expectedArrival: '2026-12-07T14:30', issued: '2025-11-21', mass: '1234.5', rate: 605.72, hsCode: '8517130000' },
      printers,
    );
    expect(lines.map((line) => line.value)).toEqual([
      '07.12.2026 14:30',
      '21.11.2025',
      printedAmount('1234.5', 'kk'),
      printedAmount('605.72', 'kk'),
      '8517130000',
    ]);
    expect(printedAmount('1234.5', 'kk')).toBe('1\u00a0234,5');
  });

  it('stops at its limit and says so', () => {
    const result = documentLines({ items: Array.from({ length: 10 }, (_, i) => i) }, undefined, 3);
    expect(result.lines).toHaveLength(3);
    expect(result.truncated).toBe(true);
  });
});
