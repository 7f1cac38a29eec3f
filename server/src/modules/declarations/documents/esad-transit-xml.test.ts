import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../platform/errors.ts';
import { corpusDir, corpusMissing } from '../../../testing/corpus.ts';
import { EsadRefused, readEsadTransitXml } from './esad-transit-xml.ts';

/** WD-7: transit declarations formed by other software, in the ESADout_CU format, read into the transit model. */
const samples = [
  'esadout_transit_3.xml',
  'esadout_transit_4.xml',
  'ed_container_transit_1.xml',
  'ed_container_transit_2.xml',
];
const missing = corpusMissing('customs-xml/samples/esadout_transit_3.xml');
const sample = (name: string) => fs.readFileSync(path.join(corpusDir, 'customs-xml/samples', name), 'utf8');

describe.skipIf(missing)(`ESADout_CU transit declarations${missing ? ` (skipped: ${missing})` : ''}`, () => {
  it.each(samples)('reads %s into the transit model, totals agreeing with its items', (name) => {
    const transit = readEsadTransitXml(sample(name));
    expect(transit.declarationType).toBe('TT');
    expect(transit.items.length).toBeGreaterThan(0);
    expect(transit.totalItems).toBe(transit.items.length);
    expect(transit.destinationCountry).toBe('KZ');
    expect(transit.destinationOffice).toMatch(/^\d{8}$/);
    expect(transit.declarant?.name).toBeTruthy();
    expect(transit.filler?.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const item of transit.items) {
      expect(item.hsCode).toMatch(/^\d{10}$/);
      expect(item.grossMass).toBeGreaterThan(0);
      expect(item.documents?.length).toBeGreaterThan(0);
    }
    const invoiced = transit.items.reduce((total, item) => total + Math.round((item.invoiceValue ?? 0) * 100), 0);
    expect(invoiced).toBe(Math.round(transit.totalInvoiceAmount! * 100));
  });

  it('reads the parties, transport, guarantee and goods of a bare ESADout_CU', () => {
    const transit = readEsadTransitXml(sample('esadout_transit_3.xml'));
    expect(transit).toMatchObject({
      consignor: { name: 'ТЕСТОВЫЙ УЧАСТНИК 1', address: { countryCode: 'GE', city: 'Г. ТБИЛИСИ' } },
      dispatchCountry: 'GE',
      departureTransport: { modeCode: '90', identification: '0000TT', countryCode: 'GE' },
      containers: false,
      invoiceCurrency: 'USD',
      totalInvoiceAmount: 12158,
      security: { methodCode: '03', certificateNumber: '10000000/020524/0271622' },
      destinationOffice: '39851712',
      filler: { name: 'ТЕСТОВ ТЕСТ', date: '2024-05-02' },
    });
    expect(transit.items[0]).toMatchObject({
      number: 1,
      hsCode: '8703239089',
      grossMass: 1435,
      invoiceValue: 12158,
      packages: 1,
    });
    expect(transit.items[0]?.documents).toContainEqual({ kindCode: '02015', number: '6886172', date: '2024-05-02' });
  });

  it("takes a Kazakh party's IIN/BIN from its UITN", () => {
    expect(readEsadTransitXml(sample('ed_container_transit_2.xml')).consignee?.iinBin).toBe('940202301201');
  });
});

describe('refusals', () => {
  it('refuses what is not an ESADout_CU transit declaration, a DTD, and broken XML', () => {
    expect(() => readEsadTransitXml('<Other xmlns="urn:x"/>')).toThrow(EsadRefused);
    expect(() => readEsadTransitXml('<!DOCTYPE x [<!ENTITY a "b">]><ESADout_CU/>')).toThrow(EsadRefused);
    expect(() => readEsadTransitXml('<ESADout_CU><ESADout_CUGoodsShipment></ESADout_CU>')).toThrow(EsadRefused);
    expect(() => readEsadTransitXml('<ESADout_CU/>')).toThrow(/ESADout_CUGoodsShipment/);
  });

  it('refuses with DECL_DOCUMENT_INVALID what does not fit the model', () => {
    const long = 'Я'.repeat(2001);
    const xml = `<ESADout_CU><ESADout_CUGoodsShipment><ESADout_CUGoods><GoodsDescription>${long}</GoodsDescription></ESADout_CUGoods></ESADout_CUGoodsShipment></ESADout_CU>`;
    expect(() => readEsadTransitXml(xml)).toThrow(AppError);
  });
});
