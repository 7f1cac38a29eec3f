import type { GoodsDeclaration, GoodsItem } from '@shekara/contracts/declarations/documents';
import { type DemoLine, demoLines, sum } from './demo-lines.ts';
import { declarantParty, demoFiller, foreignSeller } from './demo-parties.ts';
import { type DemoRandom, fromMinor } from './demo-random.ts';
import { demoCurrencies, demoRateHundredths } from './demo-rates.ts';

/** The customs fee for customs operations a demo declaration pays (box 47, type 1010), in tenge. */
export const demoCustomsFee = 20_000;

/** VAT on imports in Kazakhstan: 12 % until 2025, 16 % from 1 January 2026 (the demo VAT rates). */
export const vatPercentOn = (date: string): number => (date < '2026-01-01' ? 12 : 16);

export interface DemoOptions {
  items: number;
  declarant: string;
  office: string;
  date: string;
}

/** The tenge side of one line: customs value and payments, in tiyn. */
interface Valued {
  line: DemoLine;
  customsValue: number;
  duty: number;
  vat: number;
}

/**
 * A goods declaration for release for domestic consumption (import, procedure 40) whose totals
 * agree with its items and whose payments are covered by box B: items count, packages, box 12,
 * box 22, net ≤ gross, box 47 per item and box B per payment type.
 */
export function demoGoodsDeclaration(random: DemoRandom, options: DemoOptions): GoodsDeclaration {
  const { date, declarant } = options;
  const currency = random.pick(demoCurrencies);
  const rate = demoRateHundredths(currency, date);
  const usdRate = demoRateHundredths('USD', date);
  const vatPercent = vatPercentOn(date);
  const lines = demoLines(random, options.items);
  const valued: Valued[] = lines.map((line) => {
    const customsValue = Math.round((line.invoiceCents * rate) / 100);
    const duty = Math.round((customsValue * line.goods.dutyPercent) / 100);
    return { line, customsValue, duty, vat: Math.round(((customsValue + duty) * vatPercent) / 100) };
  });
  const fee = demoCustomsFee * 100;
  const invoice = { kindCode: '04021', number: `INV-${date.slice(0, 4)}-${random.int(1000, 9999)}`, date };
  const party = declarantParty(declarant);
  const items: GoodsItem[] = valued.map(({ line, customsValue, duty, vat }) => ({
    number: line.number,
    description: line.goods.description,
    trademark: 'DEMO',
    manufacturer: foreignSeller.name,
    packages: line.packages,
    packageKindCode: 'CT',
    hsCode: line.goods.hsCode,
    originCountry: 'CN',
    grossMass: line.grossMass,
    procedureCode: '40',
    previousProcedureCode: '00',
    procedureFeature: '000',
    netMass: line.netMass,
    supplementaryQuantity: line.goods.unitCode === '166' ? line.netMass : line.quantity,
    supplementaryUnitCode: line.goods.unitCode,
    invoiceValue: fromMinor(line.invoiceCents),
    valuationMethod: '1',
    documents: [invoice],
    customsValue: fromMinor(customsValue),
    statisticalValue: fromMinor(Math.round((customsValue * 100) / usdRate)),
    payments: [
      ...(line.number === 1
        ? [
            {
              typeCode: '1010',
              base: fromMinor(customsValue),
              rate: `${demoCustomsFee} KZT`,
              amount: demoCustomsFee,
              methodCode: 'ИУ',
            },
          ]
        : []),
      {
        typeCode: '2010',
        base: fromMinor(customsValue),
        rate: `${line.goods.dutyPercent}%`,
        amount: fromMinor(duty),
        methodCode: 'ИУ',
      },
      {
        typeCode: '5010',
        base: fromMinor(customsValue + duty),
        rate: `${vatPercent}%`,
        amount: fromMinor(vat),
        methodCode: 'ИУ',
      },
    ],
  }));
  const payable: [typeCode: string, amount: number][] = [
    ['1010', fee],
    ['2010', sum(valued.map((v) => v.duty))],
    ['5010', sum(valued.map((v) => v.vat))],
  ];
  return {
    direction: 'IM',
    procedureCode: '40',
    consignor: foreignSeller,
    totalItems: items.length,
    totalPackages: sum(lines.map((l) => l.packages)),
    reference: `DEMO-${random.int(100000, 999999)}`,
    consignee: party,
    financialParty: party,
    tradingCountry: 'CN',
    totalCustomsValue: fromMinor(sum(valued.map((v) => v.customsValue))),
    declarant: party,
    dispatchCountry: 'CN',
    destinationCountry: 'KZ',
    departureTransport: { modeCode: '30', identification: `${random.int(100, 999)}ABC02`, countryCode: 'KZ' },
    borderTransport: { modeCode: '30', identification: `${random.int(100, 999)}ABC02`, countryCode: 'KZ' },
    containers: false,
    deliveryTerms: { code: 'FCA', place: 'Urumqi' },
    invoiceCurrency: currency,
    totalInvoiceAmount: fromMinor(sum(lines.map((l) => l.invoiceCents))),
    exchangeRate: fromMinor(rate),
    transactionNature: '010',
    borderTransportMode: '30',
    inlandTransportMode: '30',
    borderOffice: '33301',
    goodsLocation: { kindCode: '11', warehouseLicence: `0000${random.int(1000, 9999)}/210`, address: party.address },
    documents: [
      { kindCode: '01011', number: `CN-KZ-${random.int(100, 999)}`, date },
      invoice,
      { kindCode: '02015', number: `CMR-${random.int(100000, 999999)}`, date },
    ],
    paymentDocuments: payable
      .filter(([, amount]) => amount > 0)
      .map(([typeCode, amount], index) => ({
        typeCode,
        number: `${random.int(100000, 999999)}${index}`,
        date,
        amount: fromMinor(amount),
      })),
    filler: demoFiller(declarant, date, random),
    items,
  };
}
