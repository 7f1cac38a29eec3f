import type { GoodsDeclaration, GoodsItem } from '@shekara/contracts/declarations/documents';
import {
  bundledClassifiers,
  demoCustomsBodies as customsBodies,
  demoNomenclatureEditionFrom as demoEditionFrom,
  demoNomenclatureLines as demoLines,
  demoDocumentAcceptances as documentAcceptances,
} from '../../reference/index.ts';
import { ControlReferenceCopy } from './server-reference-view.ts';

/**
 * A goods declaration that passes control against the bundled demo reference data, and that
 * reference data as control sees it without a database: what the rules' tests and bench/flc
 * start from. Its date is `sampleDate`; the declarant is `sampleDeclarant` (a valid BIN).
 */
export const sampleDate = '2026-11-20';
export const sampleDeclarant = '150440000013';
export const sampleOffice = '75101';
const hsCodes = ['8471300000', '6403519100', '0402101900', '8471500000'];

export function sampleGoodsItem(number: number): GoodsItem {
  const customsValue = 100_000 + number;
  return {
    number,
    description: `Товар ${number}`,
    packages: 2,
    packageKindCode: 'PK',
    hsCode: hsCodes[number % hsCodes.length]!,
    originCountry: 'CN',
    grossMass: 12.5,
    netMass: 11,
    procedureCode: '40',
    previousProcedureCode: '00',
    procedureFeature: '000',
    supplementaryQuantity: 3,
    supplementaryUnitCode: '796',
    invoiceValue: 200 + number,
    valuationMethod: '1',
    documents: [{ kindCode: '04021', number: `INV-${number}`, date: '2026-11-01' }],
    customsValue,
    statisticalValue: 210 + number,
    payments: [
      {
        typeCode: '2010',
        base: customsValue,
        rate: '10%',
        amount: Math.round(customsValue * 10) / 100,
        methodCode: 'ИУ',
      },
      {
        typeCode: '5010',
        base: customsValue * 1.1,
        rate: '16%',
        amount: Math.round(customsValue * 1.1 * 16) / 100,
        methodCode: 'ИУ',
      },
    ],
  };
}

export function sampleGoodsDeclaration(itemCount = 3): GoodsDeclaration {
  const items = Array.from({ length: itemCount }, (_, i) => sampleGoodsItem(i + 1));
  return {
    direction: 'IM',
    procedureCode: '40',
    consignor: { name: 'Shenzhen Example Trading Co., Ltd.', address: { countryCode: 'CN', city: 'Shenzhen' } },
    totalItems: items.length,
    totalPackages: items.reduce((sum, item) => sum + (item.packages ?? 0), 0),
    consignee: { iinBin: sampleDeclarant, name: 'ТОО «SHEKARA TEST»', address: { countryCode: 'KZ', city: 'Алматы' } },
    financialParty: { iinBin: sampleDeclarant, name: 'ТОО «SHEKARA TEST»', address: { countryCode: 'KZ' } },
    tradingCountry: 'CN',
    totalCustomsValue: items.reduce((sum, item) => sum + item.customsValue!, 0),
    declarant: { iinBin: sampleDeclarant, name: 'ТОО «SHEKARA TEST»', address: { countryCode: 'KZ', city: 'Алматы' } },
    dispatchCountry: 'CN',
    destinationCountry: 'KZ',
    borderTransport: { modeCode: '30', identification: 'A123BC', countryCode: 'CN' },
    deliveryTerms: { code: 'FCA', place: 'Shenzhen' },
    invoiceCurrency: 'USD',
    totalInvoiceAmount: items.reduce((sum, item) => sum + item.invoiceValue!, 0),
    exchangeRate: 470.5,
    borderTransportMode: '30',
    inlandTransportMode: '30',
    borderOffice: '33301',
    documents: [{ kindCode: '01011', number: 'C-2026/15', date: '2026-01-15' }],
    filler: { name: 'ПЕТРОВ ИВАН', iin: '901120300033', date: sampleDate, place: 'Алматы' },
    items,
  };
}

/** The bundled demo reference data as control's server view holds it. */
export function sampleReference(): ControlReferenceCopy {
  const lines = demoLines.map(([code]) => code);
  return new ControlReferenceCopy({
    classifierItems: Object.entries(bundledClassifiers).flatMap(([classifier, items]) =>
      items.map((item) => ({ classifier, code: item.code, validFrom: item.validFrom, validTo: item.validTo })),
    ),
    nomenclature: lines.map((code) => ({ code, parentCode: null, validFrom: demoEditionFrom, validTo: null })),
    bodies: customsBodies.map((body) => ({
      code: body.code,
      kind: body.kind,
      validFrom: body.validFrom,
      validTo: body.validTo,
    })),
    acceptances: documentAcceptances.map((a) => ({
      bodyCode: a.bodyCode,
      documentKind: a.documentKind,
      validFrom: a.validFrom,
      validTo: a.validTo,
    })),
  });
}
