import { printedAmount } from '@shekara/contracts/i18n';
import { describe, expect, it } from 'vitest';
import { printedDate } from '../../dates.ts';
import { headerBoxes, isGoodsDocument, itemColumns, itemRow, printedParty, sumAmounts } from './goods-boxes.ts';

describe('the goods declaration laid out by boxes (issue 6 points 7, 14; EEC Decision No. 257)', () => {
  it('prints the header boxes in the order of the form and leaves empty boxes out', () => {
    const lines = headerBoxes({
      direction: 'IM',
      procedureCode: '40',
      declarant: { iinBin: '180340021791', name: 'ТОО «SHEKARA TEST»', address: { countryCode: 'KZ', city: 'Алматы' } },
      totalItems: 2,
      invoiceCurrency: 'USD',
      totalInvoiceAmount: 1500.5,
      containers: false,
      reference: '',
    });
    expect(lines).toEqual([
      { box: '1', field: 'direction', value: 'IM, 40' },
      { box: '5', field: 'totalItems', value: '2' },
      { box: '14', field: 'declarant', value: '180340021791, ТОО «SHEKARA TEST», KZ, Алматы' },
      { box: '19', field: 'containers', value: '0' },
      { box: '22', field: 'invoice', value: 'USD, 1500.5' },
    ]);
    expect(headerBoxes({})).toEqual([]);
  });

  it('prints a party without empty parts', () => {
    expect(printedParty(undefined)).toBe('');
    expect(printedParty({ name: 'ACME GmbH', address: { countryCode: 'DE' } })).toBe('ACME GmbH, DE');
  });

  it('turns an item into a row with its number, procedure, quantity and the sum of its payments', () => {
    const car = {
      hsCode: '8703231981',
      description: 'Легковой автомобиль',
      procedureCode: '40',
      previousProcedureCode: '00',
      procedureFeature: '000',
      supplementaryQuantity: 1,
      supplementaryUnitCode: '796',
      payments: [{ amount: 0.1 }, { amount: 0.2 }, {}],
      documents: [{ kindCode: '04021', number: 'INV-1', date: '2026-11-01' }],
    };
    // The seventh item of its declaration (index 6).
    const row = itemRow(car, 6);
    expect(row).toMatchObject({
      number: 7,
      hsCode: '8703231981',
      procedure: '40 00 000',
      supplementaryQuantity: '1 796',
      payments: '0.3',
      documents: '04021, INV-1, 2026-11-01',
    });
    expect(itemRow({ number: 3 }, 0)).toMatchObject({ number: 3, payments: '', grossMass: '' });
  });

  it('writes numbers and days as officials do when the page names its language (issue 21 point 6)', () => {
    const printers = { number: (value: number | string) => printedAmount(String(value), 'ru'), day: printedDate };
    expect(
      headerBoxes({ invoiceCurrency: 'USD', totalInvoiceAmount: 1234567.5, exchangeRate: 505.12 }, { printers }),
    ).toEqual([
      { box: '22', field: 'invoice', value: 'USD, 1\u00a0234\u00a0567,5' },
      { box: '23', field: 'exchangeRate', value: '505,12' },
    ]);
    const row = itemRow(
      {
        grossMass: 12.345,
        payments: [{ amount: 1000000.1 }, { amount: 0.2 }],
        documents: [{ number: 'INV-1', date: '2026-11-01' }],
      },
      0,
      printers,
    );
    expect(row).toMatchObject({
      grossMass: '12,345',
      payments: '1\u00a0000\u00a0000,3',
      documents: 'INV-1, 01.11.2026',
    });
  });

  it('sums amounts to the kopeck and prints nothing when there are none', () => {
    expect(sumAmounts([])).toBe('');
    expect(sumAmounts([undefined])).toBe('');
    expect(sumAmounts([1000000.1, 0.2])).toBe('1000000.3');
  });

  it('has one column per item box, each box once', () => {
    const boxes = itemColumns.map((column) => column.box);
    expect(new Set(boxes).size).toBe(boxes.length);
  });

  it('knows a goods declaration by its items', () => {
    expect(isGoodsDocument({ items: [] })).toBe(true);
    expect(isGoodsDocument({ carrier: {} })).toBe(false);
    expect(isGoodsDocument(null)).toBe(false);
  });
});
