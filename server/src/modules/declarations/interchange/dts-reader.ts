import type {
  CustomsValue1Item,
  CustomsValue2Item,
  CustomsValueDeclaration1,
  CustomsValueDeclaration2,
} from '@shekara/contracts/declarations/documents';
import type { Element } from '@xmldom/xmldom';
import { dts2CalculationOf } from './dts-calculations.ts';
import { partyOf, signatoryOf } from './esad-reader.ts';
import { child, children, compact, nonEmpty, numberOf, textOf } from './xml-dom.ts';

/**
 * Reads a DTSout_CU element (the customs value declaration of the album of formats 5.23.0) into a
 * DTS-1 (FormDTS 1, method 1) or a DTS-2 (FormDTS 2, methods 2–6): boxes 1–10 of the header with the
 * explanations of boxes 7–9 and, per goods item, the value, its basis, additions and deductions in
 * tenge and the sums in other currencies. Elements are matched by local name. What the model has no
 * field for (sheet numbers, archive ids, places) is left out.
 */
export type DtsFields =
  | { kind: 'customs_value_1'; fields: CustomsValueDeclaration1 }
  | { kind: 'customs_value_2'; fields: CustomsValueDeclaration2 };

export function readDts(dts: Element): DtsFields {
  return textOf(dts, 'FormDTS') === '2'
    ? { kind: 'customs_value_2', fields: dts2Of(dts) }
    : { kind: 'customs_value_1', fields: dts1Of(dts) };
}

/** Boxes 1–6 and 10, the same on both forms (DTS-2 numbers its documents box 4, 5 and 8). */
function headerOf(dts: Element) {
  const documents = children(dts, 'DTSInvoiceDocuments');
  const inBox = (...boxes: string[]) => documents.filter((d) => boxes.includes(textOf(d, 'PositionNumber') ?? ''));
  const delivery = child(dts, 'DeliveryTerms');
  const registered = child(dts, 'GTDNumber');
  return {
    seller: partyOf(child(dts, 'DTSoutSeller')),
    buyer: partyOf(child(dts, 'DTSoutBuyer')),
    declarant: partyOf(child(dts, 'DTSoutDeclarant')),
    deliveryTerms: delivery
      ? compact({ code: textOf(delivery, 'DeliveryTermsStringCode'), place: textOf(delivery, 'DeliveryPlace') })
      : undefined,
    documents: documents.length
      ? compact({
          invoice: inBox('4').map(documentOf)[0],
          contract: inBox('5').map(documentOf)[0],
          other: nonEmptyList(inBox('6', '8').map(documentOf)),
        })
      : undefined,
    goodsDeclarationNumber: registered ? declarationNumberOf(registered) : undefined,
    filler: signatoryOf(child(dts, 'DTSout_CUFilledPerson'), undefined),
  };
}

function dts1Of(dts: Element): CustomsValueDeclaration1 {
  const related = child(dts, 'DTSBuyerSellerDependence');
  const limits = child(dts, 'DTSSellingLimitation');
  const royalties = child(dts, 'DTSAdditionalPayments');
  const explained = explanationsByBox(children(dts, 'AdditionalData'));
  const answer = (parent: Element | undefined, column: string, box: string) =>
    answerOf(textOf(parent, column), explained.get(box));
  return compact({
    ...headerOf(dts),
    relationship: nonEmpty({
      related: answer(related, 'Column7A', '7а'),
      influencedPrice: answer(related, 'Column7B', '7б'),
      closeToTestValue: answer(related, 'Column7C', '7в'),
    }),
    restrictions: nonEmpty({
      restrictions: answer(limits, 'Column8A', '8а'),
      conditions: answer(limits, 'Column8B', '8б'),
    }),
    royaltiesAndProceeds: nonEmpty({
      royalties: answer(royalties, 'Column9A', '9а'),
      proceeds: answer(royalties, 'Column9B', '9б'),
    }),
    items: children(dts, 'DTSout_CUGoodsCustomsCost').map(item1Of),
  });
}

/** Boxes 11–25 of one item by method 1: price, additions (Б), deductions (В), value. */
function item1Of(goods: Element): CustomsValue1Item {
  const method = child(child(goods, 'DTS_CUCustomsCostCalculation'), 'DTSMethod1');
  const basis = child(method, 'Method1CalculationBasis');
  const added = child(method, 'Method1AdditionalSum');
  const deducted = child(method, 'Method1Deduction');
  return compact({
    ...valuedOf(goods),
    priceInvoiceCurrency: numberOf(basis, 'DealCurrencyAmount'),
    price: numberOf(basis, 'DealNationalAmount'),
    indirectPayments: numberOf(basis, 'IndirectNationalPayment'),
    basis: numberOf(basis, 'BasisNationalAmount'),
    additions: added
      ? compact({
          commissions: numberOf(added, 'AgentBonus'),
          packing: numberOf(added, 'PackageExpenses'),
          materials: numberOf(added, 'StoreCost'),
          tools: numberOf(added, 'ProductionToolkitCost'),
          consumedMaterials: numberOf(added, 'WorkingStockCost'),
          engineering: numberOf(added, 'DesignPayment'),
          royalties: numberOf(added, 'IntellectualPropertyPayment'),
          proceeds: numberOf(added, 'SellerIncome'),
          transport: numberOf(added, 'BorderTransportCharges'),
          loading: numberOf(added, 'LoadCharges'),
          insurance: numberOf(added, 'InsuranceCharges'),
        })
      : undefined,
    totalAdditions: numberOf(added, 'TotalAdditionalSum'),
    deductions: deducted
      ? compact({
          constructionAfterImport: numberOf(deducted, 'BuildingAmount'),
          transportAfterArrival: numberOf(deducted, 'UnionTransportCharge'),
          dutiesAndTaxes: numberOf(deducted, 'UnionTaxPayment'),
        })
      : undefined,
    totalDeductions: numberOf(deducted, 'TotalDeductionAmount'),
    conversions: nonEmptyList([...(conversionOf(basis) ?? []), ...otherCurrencies(goods)]),
  });
}

function dts2Of(dts: Element): CustomsValueDeclaration2 {
  const methods = new Set(children(dts, 'DTSout_CUGoodsCustomsCost').map((g) => textOf(g, 'MethodNumberCode')));
  const declared = textOf(dts, 'CustomsCostMethodCode');
  const reason = child(dts, 'ReasonApplyMethod');
  return compact({
    ...headerOf(dts),
    method: methods.size > 1 ? '*' : method(declared),
    reasonEarlierMethodsInapplicable:
      children(reason, 'ReasonDescription')
        .map((e) => e.textContent ?? '')
        .join('') || undefined,
    items: children(dts, 'DTSout_CUGoodsCustomsCost').map(item2Of),
  });
}

/**
 * One item of a DTS-2: which method, the value it gives and its calculation (dts-calculations.ts);
 * the item's additional data (`AdditionalData`) as the source of the basis and the registration
 * number of the declaration of the identical or similar goods.
 */
function item2Of(goods: Element): CustomsValue2Item {
  const notes = children(goods, 'AdditionalData');
  const { conversions, ...calculation } = dts2CalculationOf(child(goods, 'DTS_CUCustomsCostCalculation'));
  const basisOn = notes.map((note) => child(note, 'CustomsDocIdDetails')).find(Boolean);
  return compact({
    ...valuedOf(goods),
    method: method(textOf(goods, 'MethodNumberCode')),
    basisSource: notes.map(informationOf).filter(Boolean).join('; ') || undefined,
    basisDeclarationNumber: basisOn ? declarationNumberOf(basisOn) : undefined,
    ...calculation,
    conversions: nonEmptyList([...(conversions ?? []), ...otherCurrencies(goods)]),
  });
}

/** What ties an item to the goods declaration, and the value declared (box 25). */
function valuedOf(goods: Element) {
  return {
    goodsItemNumber: numberOf(goods, 'GTDGoodsNumber'),
    hsCode: textOf(goods, 'GoodsTNVEDCode'),
    customsValue: numberOf(goods, 'NationalDeclaredCustomsCost'),
    customsValueUsd: numberOf(goods, 'DollarDeclaredCustomsCost'),
  };
}

/** The price's conversion: its currency, the amount in it and the rate (DTS-1 box 11(а) and *). */
function conversionOf(basis: Element | undefined) {
  const currency = textOf(basis, 'DealCurrencyCode');
  if (!basis || currency === undefined) return undefined;
  return [
    compact({
      currencyCode: currency,
      amount: numberOf(basis, 'DealCurrencyAmount'),
      exchangeRate: numberOf(basis, 'DealCurrencyRate'),
    }),
  ];
}

/** Box *: the other sums paid in a foreign currency, each with the rate it was converted at. */
function otherCurrencies(goods: Element) {
  return children(goods, 'DTSCurrencyPayment').map((payment) =>
    compact({
      currencyCode: textOf(payment, 'CurrencyCode'),
      amount: numberOf(payment, 'CurrencyAmount'),
      exchangeRate: numberOf(payment, 'CurrencyRate'),
    }),
  );
}

/**
 * The explanations of DTS-1 boxes 7–9, given as the header's additional data (`AdditionalData`)
 * with the box in `PositionNumber` — "7в", "7(в)", "7 В" or with Latin letters "7c" — and the text in
 * its pieces of 250 characters. Several for one box are joined.
 */
function explanationsByBox(notes: Element[]): Map<string, string> {
  const found = new Map<string, string>();
  for (const note of notes) {
    const box = boxOf(textOf(note, 'PositionNumber'));
    const text = informationOf(note);
    if (box === undefined || !text) continue;
    const before = found.get(box);
    found.set(box, before ? `${before} ${text}` : text);
  }
  return found;
}

const latinLetters: Record<string, string> = { a: 'а', b: 'б', c: 'в', v: 'в', d: 'г', g: 'г' };

/** A box as the form numbers it ("7в"): digits and a Cyrillic letter, whatever brackets or script it came in. */
function boxOf(position: string | undefined): string | undefined {
  const match = /^(\d{1,2})\s*\(?\s*([a-zа-я])?\s*\)?$/i.exec(position?.trim() ?? '');
  if (!match) return undefined;
  const letter = match[2]?.toLowerCase();
  return `${match[1]}${letter ? (latinLetters[letter] ?? letter) : ''}`;
}

/** The text of an `AdditionalData`: its pieces of 250 characters, joined. */
const informationOf = (note: Element) =>
  children(note, 'AdditionalInformation')
    .map((e) => e.textContent ?? '')
    .join('')
    .trim();

/** A goods declaration's registration number (`GTDNumber`, `CustomsDocIdDetails`) as office/DDMMYY/number. */
const declarationNumberOf = (registered: Element) =>
  [
    textOf(registered, 'CustomsCode'),
    ddmmyy(textOf(registered, 'RegistrationDate')),
    textOf(registered, 'GTDNumber'),
  ].join('/');

function documentOf(document: Element) {
  return compact({
    kindCode: textOf(document, 'PresentedDocumentModeCode'),
    number: textOf(document, 'PrDocumentNumber'),
    date: textOf(document, 'PrDocumentDate'),
  });
}

/** Boxes 7–9: a yes or a no ("1"/"0"; some software writes letters), and the explanation given for it. */
function answerOf(value: string | undefined, explanation: string | undefined) {
  if (value === undefined && explanation === undefined) return undefined;
  return compact({
    yes: value === undefined ? undefined : ['1', 'Y', 'Д', 'T'].includes(value.toUpperCase()),
    explanation,
  });
}

const method = (code: string | undefined) =>
  code !== undefined && ['2', '3', '4', '5', '6'].includes(code) ? (code as '2' | '3' | '4' | '5' | '6') : undefined;

/** YYYY-MM-DD as the DDMMYY of a registration number. */
const ddmmyy = (date: string | undefined) =>
  date === undefined ? '' : `${date.slice(8, 10)}${date.slice(5, 7)}${date.slice(2, 4)}`;

const nonEmptyList = <T>(list: T[]): T[] | undefined => (list.length > 0 ? list : undefined);
