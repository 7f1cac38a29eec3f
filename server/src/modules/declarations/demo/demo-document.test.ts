import { declarationKinds } from '@shekara/contracts/declarations/documents';
import { describe, expect, it } from 'vitest';
import {
  bundledClassifiers,
  demoTariffRates as demoTariff,
  demoNomenclatureLines as tnvedLines,
} from '../../reference/index.ts';
import { demoCatalogue } from './demo-catalogue.ts';
import { demoDocument } from './demo-document.ts';

const options = { items: 25, declarant: '050540001242', office: '75101', date: '2025-11-20' };
const cents = (value: number | undefined) => Math.round((value ?? 0) * 100);
const centsSum = (values: (number | undefined)[]) => values.reduce<number>((total, value) => total + cents(value), 0);

describe('demoDocument (issue 6 point 13)', () => {
  it('is the same for the same seed and differs for another, for every kind', () => {
    for (const kind of declarationKinds) {
      expect(demoDocument(kind, options), kind).toEqual(demoDocument(kind, options));
      expect(demoDocument(kind, { ...options, seed: 2 }), kind).not.toEqual(demoDocument(kind, options));
    }
  });

  it('makes a goods declaration whose totals agree with its items, net ≤ gross, and box B covering box 47', () => {
    const goods = demoDocument('goods', { ...options, items: 999 });
    expect(goods.items).toHaveLength(999);
    expect(goods.totalItems).toBe(999);
    expect(goods.items.map((i) => i.number)).toEqual(Array.from({ length: 999 }, (_, i) => i + 1));
    expect(goods.totalPackages).toBe(goods.items.reduce((total, item) => total + (item.packages ?? 0), 0));
    expect(cents(goods.totalCustomsValue)).toBe(centsSum(goods.items.map((i) => i.customsValue)));
    expect(cents(goods.totalInvoiceAmount)).toBe(centsSum(goods.items.map((i) => i.invoiceValue)));
    for (const item of goods.items) expect(item.netMass!).toBeLessThanOrEqual(item.grossMass!);
    const currencies = bundledClassifiers.currencies.map((c) => c.code);
    expect(currencies).toContain(goods.invoiceCurrency);
    expect(goods.exchangeRate).toBeGreaterThan(0);
    const due = new Map<string, number>();
    for (const line of goods.items.flatMap((i) => i.payments ?? []))
      due.set(line.typeCode!, (due.get(line.typeCode!) ?? 0) + cents(line.amount));
    for (const [typeCode, amount] of due) {
      const paid = centsSum((goods.paymentDocuments ?? []).filter((d) => d.typeCode === typeCode).map((d) => d.amount));
      expect(paid, typeCode).toBe(amount);
    }
    expect(due.get('1010')).toBe(2_000_000);
  });

  it("uses codes of the bundled reference data: 10-digit TN VED lines with the demo tariff's duty, classifier codes", () => {
    const subheadings = new Set(tnvedLines.map(([code]) => code).filter((code) => code.length === 10));
    for (const goods of demoCatalogue) {
      expect(subheadings.has(goods.hsCode), goods.hsCode).toBe(true);
      const rate = demoTariff
        .filter((r) => r.measure === 'import_duty' && goods.hsCode.startsWith(r.code) && !r.validTo)
        .sort((a, b) => b.code.length - a.code.length)[0];
      expect(rate?.rate, goods.hsCode).toBe(goods.dutyPercent === 0 ? '0' : `${goods.dutyPercent}%`);
      expect(goods.netGrams).toBeLessThan(goods.grossGrams);
      expect(bundledClassifiers.units.map((u) => u.code)).toContain(goods.unitCode);
    }
    const goods = demoDocument('goods', options);
    const codes = (name: keyof typeof bundledClassifiers) => new Set(bundledClassifiers[name].map((i) => i.code));
    expect(codes('customs-procedures').has(goods.procedureCode!)).toBe(true);
    expect(codes('transport-modes').has(goods.borderTransportMode!)).toBe(true);
    for (const document of goods.documents ?? []) expect(codes('document-kinds').has(document.kindCode!)).toBe(true);
    for (const payment of goods.paymentDocuments ?? [])
      expect(codes('payment-types').has(payment.typeCode!)).toBe(true);
  });

  it('puts the declarant, office and date asked for into the document', () => {
    const transit = demoDocument('transit', { ...options, office: '33301' });
    expect(transit.declarant?.iinBin).toBe('050540001242');
    expect(transit.departureOffice).toBe('33301');
    expect(transit.destinationOffice).toBe('75101');
    expect(transit.filler?.date).toBe('2025-11-20');
    expect(transit.deliveryTerm! > transit.filler!.date!).toBe(true);
    expect(demoDocument('delivery_control', options).destinationOffice).toBe('75101');
  });

  it('refuses options that cannot make a valid document', () => {
    for (const bad of [
      { items: 0 },
      { items: 1000 },
      { items: 1.5 },
      { declarant: '050540001243' },
      { office: '7510' },
      { date: '2025-02-30' },
      { date: '20.11.2025' },
    ]) {
      expect(() => demoDocument('goods', { ...options, ...bad }), JSON.stringify(bad)).toThrow(RangeError);
    }
  });
});
