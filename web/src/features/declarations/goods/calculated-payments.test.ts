import { describe, expect, it } from 'vitest';
import { withCalculatedPayments } from './calculated-payments.ts';

describe('boxes 47 and B from the calculation (issue 16 point 2)', () => {
  const answer = {
    lines: [
      { item: 1, paymentType: '2010', base: '6057200.00', rate: '25%', amount: '1514300.00', explanation: '' },
      { item: 1, paymentType: '5010', base: '7571500.00', rate: '16%', amount: '1211440.00', explanation: '' },
      { item: 2, paymentType: '2010', base: '100.00', rate: '0', amount: '0.00', explanation: '' },
      { item: null, paymentType: '1010', base: '4325.00', rate: '6 МРП', amount: '25950.00', explanation: '' },
    ],
    totals: { '2010': '1514300.00', '5010': '1211440.00', '1010': '25950.00', '2130': '0.00' },
    total: '2751690.00',
  };

  it('fills each item’s box 47, the fee in the first item’s, and box B per payment type, keeping a named payment document', () => {
    const doc = {
      items: [{ hsCode: '0203111000', payments: [{ typeCode: '2010', amount: 1 }] }, { hsCode: '0203111000' }],
      paymentDocuments: [
        { typeCode: '2010', number: 'ПП-15', date: '2026-04-06', amount: 5 },
        { typeCode: '9000', number: 'X', amount: 1 },
      ],
    };
    const filled = withCalculatedPayments(doc, answer);
    expect(filled.items![0]!.payments!.map((p) => [p.typeCode, p.amount])).toEqual([
      ['2010', 1514300],
      ['5010', 1211440],
      ['1010', 25950],
    ]);
    expect(filled.items![1]!.payments).toEqual([
      { typeCode: '2010', base: 100, rate: '0', amount: 0, methodCode: 'ИУ' },
    ]);
    // box B in the order of the payment type codes
    expect(filled.paymentDocuments).toEqual([
      { typeCode: '1010', amount: 25950 },
      { typeCode: '2010', number: 'ПП-15', date: '2026-04-06', amount: 1514300 },
      { typeCode: '5010', amount: 1211440 },
      { typeCode: '9000', number: 'X', amount: 1 },
    ]);
  });
});
