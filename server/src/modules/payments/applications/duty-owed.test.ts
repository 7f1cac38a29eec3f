import { describe, expect, it } from 'vitest';
import { dutyOwed } from './file-application.ts';

const signedCopy = (payments: { typeCode: string; amount: number }[][]) =>
  new TextEncoder().encode(
    JSON.stringify({
      declarationId: 'x',
      kind: 'goods',
      schemaVersion: 1,
      document: { items: payments.map((p) => ({ payments: p })) },
    }),
  );

describe('ACC-21: what a deferral or instalment may be for', () => {
  it('is the import duty the engine assessed, whatever box 47 says', () => {
    const copy = signedCopy([[{ typeCode: '2010', amount: 999_999 }]]);
    expect(dutyOwed({ assessedDuty: 12_345, signedBytes: copy })).toBe(12_345);
    expect(dutyOwed({ assessedDuty: 0, signedBytes: copy })).toBe(0);
  });

  it('falls back to the 2010 lines of the signed copy’s box 47 when there is no assessment', () => {
    const copy = signedCopy([
      [
        { typeCode: '1010', amount: 6000 },
        { typeCode: '2010', amount: 100.1 },
      ],
      [{ typeCode: '2010', amount: 0.2 }],
    ]);
    expect(dutyOwed({ assessedDuty: null, signedBytes: copy })).toBe(10_030);
    expect(dutyOwed({ assessedDuty: null, signedBytes: new TextEncoder().encode('not json') })).toBe(0);
  });
});
