import type {
  CustomsValueDeclaration1,
  CustomsValueDeclaration2,
  ReleaseBeforeDeclaration,
  TransactionPassport,
} from '@shekara/contracts/declarations/documents';
import type { DemoOptions } from './demo-goods.ts';
import { vatPercentOn } from './demo-goods.ts';
import { type DemoLine, demoLines, sum } from './demo-lines.ts';
import { declarantParty, demoFiller, foreignSeller } from './demo-parties.ts';
import { addDays, type DemoRandom, fromMinor } from './demo-random.ts';
import { type DemoCurrency, demoCurrencies, demoRateHundredths } from './demo-rates.ts';

/** Demo documents about the value of goods and the money for them: DTS-1, DTS-2, release before declaration, transaction passport. */

interface Priced {
  line: DemoLine;
  /** tiyn */
  price: number;
  transport: number;
  insurance: number;
}

/** Each line's price in tenge and its share of transport (3 %) and insurance (0.5 %) to the border. */
function priced(random: DemoRandom, items: number, currency: DemoCurrency, date: string): Priced[] {
  const rate = demoRateHundredths(currency, date);
  return demoLines(random, items).map((line) => {
    const price = Math.round((line.invoiceCents * rate) / 100);
    return { line, price, transport: Math.round(price * 0.03), insurance: Math.round(price * 0.005) };
  });
}

function valuationHeader(random: DemoRandom, { declarant, date }: DemoOptions) {
  return {
    seller: foreignSeller,
    buyer: declarantParty(declarant),
    declarant: declarantParty(declarant),
    deliveryTerms: { code: 'FCA', place: 'Urumqi' },
    documents: {
      invoice: { kindCode: '04021', number: `INV-${random.int(1000, 9999)}`, date },
      contract: { kindCode: '01011', number: `CN-KZ-${random.int(100, 999)}`, date: addDays(date, -30) },
    },
  };
}

/**
 * The lines of a declaration of customs value in `currency`: each line's goods, then the fields of
 * the valuation method (`methodFields`), then its value with transport and insurance added.
 */
function valuedItems<Method extends object>(
  random: DemoRandom,
  options: DemoOptions,
  currency: DemoCurrency,
  methodFields: (line: DemoLine, price: number) => Method,
) {
  const rate = demoRateHundredths(currency, options.date);
  const usdRate = demoRateHundredths('USD', options.date);
  return priced(random, options.items, currency, options.date).map(({ line, price, transport, insurance }) => {
    const additions = transport + insurance;
    const customsValue = price + additions;
    return {
      goodsItemNumber: line.number,
      hsCode: line.goods.hsCode,
      description: line.goods.description,
      ...methodFields(line, price),
      basis: fromMinor(price),
      additions: { transport: fromMinor(transport), insurance: fromMinor(insurance) },
      totalAdditions: fromMinor(additions),
      deductions: {},
      totalDeductions: 0,
      customsValue: fromMinor(customsValue),
      customsValueUsd: fromMinor(Math.round((customsValue * 100) / usdRate)),
      conversions: [{ currencyCode: currency, amount: fromMinor(line.invoiceCents), exchangeRate: fromMinor(rate) }],
    };
  });
}

export function demoCustomsValueDeclaration1(random: DemoRandom, options: DemoOptions): CustomsValueDeclaration1 {
  const currency = random.pick(demoCurrencies);
  const no = { yes: false };
  return {
    ...valuationHeader(random, options),
    relationship: { related: no, influencedPrice: no, closeToTestValue: no },
    restrictions: { restrictions: no, conditions: no },
    royaltiesAndProceeds: { royalties: no, proceeds: no },
    filler: demoFiller(options.declarant, options.date, random),
    items: valuedItems(random, options, currency, (line, price) => ({
      priceInvoiceCurrency: fromMinor(line.invoiceCents),
      price: fromMinor(price),
      indirectPayments: 0,
    })),
  };
}

export function demoCustomsValueDeclaration2(random: DemoRandom, options: DemoOptions): CustomsValueDeclaration2 {
  const currency = random.pick(demoCurrencies);
  return {
    ...valuationHeader(random, options),
    method: '3',
    reasonEarlierMethodsInapplicable:
      'Метод 1 не применим: цена поставки зависит от условий, влияние которых не может быть количественно определено; сведений об идентичных товарах нет.',
    filler: demoFiller(options.declarant, options.date, random),
    items: valuedItems(random, options, currency, () => ({
      method: '3' as const,
      basisSource: 'Однородные товары того же производителя, выпущенные ранее',
      basisDeclarationNumber: `75101/${options.date.slice(8, 10)}${options.date.slice(5, 7)}${options.date.slice(2, 4)}/${String(random.int(1, 9999999)).padStart(7, '0')}`,
    })),
  };
}

export function demoReleaseBeforeDeclaration(random: DemoRandom, options: DemoOptions): ReleaseBeforeDeclaration {
  const { declarant, date } = options;
  const currency = random.pick(demoCurrencies);
  const lines = priced(random, options.items, currency, date);
  const vatPercent = vatPercentOn(date);
  // security covers the duty and the VAT the goods will owe
  const security = sum(
    lines.map(({ line, price }) => {
      const duty = Math.round((price * line.goods.dutyPercent) / 100);
      return duty + Math.round(((price + duty) * vatPercent) / 100);
    }),
  );
  return {
    applicant: declarantParty(declarant),
    procedureCode: '40',
    grounds: 'Подп. 1 п. 1 ст. 120 Кодекса: товары, необходимые для ликвидации последствий стихийных бедствий',
    invoiceCurrency: currency,
    totalInvoiceAmount: fromMinor(sum(lines.map((l) => l.line.invoiceCents))),
    security: { amount: fromMinor(security), document: { number: `BG-${random.int(10000, 99999)}`, date } },
    declarationDueDate: addDays(date, 30),
    documents: [
      { kindCode: '01011', number: `CN-KZ-${random.int(100, 999)}`, date: addDays(date, -30) },
      { kindCode: '04021', number: `INV-${random.int(1000, 9999)}`, date },
    ],
    filler: demoFiller(declarant, date, random),
    items: lines.map(({ line }) => ({
      number: line.number,
      description: line.goods.description,
      hsCode: line.goods.hsCode,
      originCountry: 'CN',
      quantity: line.goods.unitCode === '166' ? line.netMass : line.quantity,
      unitCode: line.goods.unitCode,
      grossMass: line.grossMass,
      invoiceValue: fromMinor(line.invoiceCents),
    })),
  };
}

export function demoTransactionPassport(
  random: DemoRandom,
  { items, declarant, date }: DemoOptions,
): TransactionPassport {
  const currency = random.pick(demoCurrencies);
  const contractDate = addDays(date, -30);
  // a contract for a year's deliveries: ten times this demo's lines
  const amount = 10 * sum(demoLines(random, items).map((l) => l.invoiceCents));
  return {
    passportNumber: `${date.slice(2, 4)}${String(random.int(1, 99999)).padStart(5, '0')}/HSBKKZKX/1/1`,
    resident: declarantParty(declarant),
    nonResident: foreignSeller,
    contract: {
      number: `CN-KZ-${random.int(100, 999)}`,
      date: contractDate,
      direction: 'IM',
      endDate: addDays(contractDate, 365),
      subject: 'Поставка бытовой техники и продуктов питания',
    },
    currencyCode: currency,
    amount: fromMinor(amount),
    bank: { bic: 'HSBKKZKX', name: 'АО «Народный Банк Казахстана»' },
    filler: demoFiller(declarant, date, random),
  };
}
