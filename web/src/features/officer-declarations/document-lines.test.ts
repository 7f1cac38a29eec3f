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

  it('stops at its limit and says so', () => {
    const result = documentLines({ items: Array.from({ length: 10 }, (_, i) => i) }, 3);
    expect(result.lines).toHaveLength(3);
    expect(result.truncated).toBe(true);
  });
});
