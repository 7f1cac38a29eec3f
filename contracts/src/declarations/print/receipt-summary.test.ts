import { describe, expect, it } from 'vitest';
import { receiptSummary } from './receipt-summary.ts';

describe('receiptSummary (issue 19 point 8)', () => {
  it('reads the declarant, the goods count and the totals from a goods declaration', () => {
    expect(
      receiptSummary({
        declarant: { iinBin: '123456789012', name: 'ТОО «Сункар»' },
        totalItems: 2,
        items: [{}, {}],
        totalCustomsValue: 1500000,
        paymentDocuments: [{ amount: 6000 }, { amount: 180000.5 }],
      }),
    ).toEqual({
      declarant: { iinBin: '123456789012', name: 'ТОО «Сункар»' },
      goodsCount: 2,
      totalCustomsValue: 1500000,
      totalPayments: 186000.5,
    });
  });

  it('counts the items when box 5 is empty and leaves out what the document does not carry', () => {
    expect(receiptSummary({ items: [{}, {}, {}] })).toEqual({
      declarant: null,
      goodsCount: 3,
      totalCustomsValue: null,
      totalPayments: null,
    });
    expect(receiptSummary(null).goodsCount).toBeNull();
  });
});
