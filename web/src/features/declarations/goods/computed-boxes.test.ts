import { describe, expect, it } from 'vitest';
import { firstRates, rateOf, ratesOfNewDate, withComputedBoxes } from './computed-boxes.ts';

const rates = [
  { currency: 'USD', units: 1, rate: '512.30' },
  { currency: 'JPY', units: 100, rate: '340.00' },
];

describe('boxes computed as the goods declaration is edited (issue 19 point 2)', () => {
  it('takes box 23 from the rates of the document’s date, per unit', () => {
    expect(rateOf(rates, 'USD')).toBe(512.3);
    expect(rateOf(rates, 'JPY')).toBe(3.4);
    expect(rateOf(rates, 'KZT')).toBe(1);
    expect(rateOf(rates, 'EUR')).toBeUndefined();
    expect(withComputedBoxes({ invoiceCurrency: 'USD' }, 'invoiceCurrency', rates)).toMatchObject({
      exchangeRate: 512.3,
    });
    // opened with a rate of its own: kept; without one: filled; a new date: the new date's rate
    const own = { invoiceCurrency: 'USD', exchangeRate: 500 };
    expect(withComputedBoxes(own, firstRates, rates)).toBe(own);
    expect(withComputedBoxes({ invoiceCurrency: 'USD' }, firstRates, rates).exchangeRate).toBe(512.3);
    expect(withComputedBoxes(own, ratesOfNewDate, rates).exchangeRate).toBe(512.3);
  });

  it('computes box 45 of the item edited and the totals of boxes 5, 6, 12 and 22', () => {
    const doc = {
      invoiceCurrency: 'USD',
      exchangeRate: 512.3,
      items: [
        { invoiceValue: 100, packages: 2, customsValue: 51_230 },
        { invoiceValue: 10.5, packages: 1 },
      ],
    };
    const next = withComputedBoxes(doc, 'items.1.invoiceValue', rates);
    expect(next.items?.[1]?.customsValue).toBe(5379.15);
    expect(next).toMatchObject({
      totalItems: 2,
      totalPackages: 3,
      totalCustomsValue: 56_609.15,
      totalInvoiceAmount: 110.5,
    });
  });

  it('recomputes every item’s box 45 when the rate changes, and leaves another valuation method alone', () => {
    const doc = {
      exchangeRate: 2,
      items: [
        { invoiceValue: 10, customsValue: 1 },
        { invoiceValue: 10, customsValue: 7, valuationMethod: '6' },
      ],
    };
    const next = withComputedBoxes(doc, 'exchangeRate', rates);
    expect(next.items?.map((item) => item.customsValue)).toEqual([20, 7]);
    expect(next.totalCustomsValue).toBe(27);
  });

  it('changes nothing on a blank draft, so opening or a no-op edit saves nothing', () => {
    const blank = { items: [] };
    expect(withComputedBoxes(blank, 'reference', rates)).toBe(blank);
  });
});
