import type {
  CustomsValue1Item,
  CustomsValue2Item,
  CustomsValueDeclaration1,
  CustomsValueDeclaration2,
} from '@shekara/contracts/declarations/documents';
import type { Element } from '@xmldom/xmldom';
import { partyOf, signatoryOf } from './esad-reader.ts';
import { child, children, compact, numberOf, textOf } from './xml-dom.ts';

/**
 * Reads a DTSout_CU element (the customs value declaration of the album of formats 5.23.0) into a
 * DTS-1 (FormDTS 1, method 1) or a DTS-2 (FormDTS 2, methods 2–6): boxes 1–10 of the header and, per
 * goods item, the value, its basis, additions and deductions in tenge. Elements are matched by local
 * name. What the model has no field for (sheet numbers, archive ids) is left out.
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
          other: nonEmpty(inBox('6', '8').map(documentOf)),
        })
      : undefined,
    goodsDeclarationNumber: registered
      ? [
          textOf(registered, 'CustomsCode'),
          ddmmyy(textOf(registered, 'RegistrationDate')),
          textOf(registered, 'GTDNumber'),
        ].join('/')
      : undefined,
    filler: signatoryOf(child(dts, 'DTSout_CUFilledPerson'), undefined),
  };
}

function dts1Of(dts: Element): CustomsValueDeclaration1 {
  const related = child(dts, 'DTSBuyerSellerDependence');
  const limits = child(dts, 'DTSSellingLimitation');
  const royalties = child(dts, 'DTSAdditionalPayments');
  return compact({
    ...headerOf(dts),
    relationship: related
      ? compact({
          related: answerOf(related, 'Column7A'),
          influencedPrice: answerOf(related, 'Column7B'),
          closeToTestValue: answerOf(related, 'Column7C'),
        })
      : undefined,
    restrictions: limits
      ? compact({ restrictions: answerOf(limits, 'Column8A'), conditions: answerOf(limits, 'Column8B') })
      : undefined,
    royaltiesAndProceeds: royalties
      ? compact({ royalties: answerOf(royalties, 'Column9A'), proceeds: answerOf(royalties, 'Column9B') })
      : undefined,
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
    conversions: conversionsOf(basis),
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

/** One item of a DTS-2: which method, and the value it gives; the method's own calculation is not kept by the model. */
function item2Of(goods: Element): CustomsValue2Item {
  return compact({ ...valuedOf(goods), method: method(textOf(goods, 'MethodNumberCode')) });
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

function conversionsOf(basis: Element | undefined) {
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

function documentOf(document: Element) {
  return compact({
    kindCode: textOf(document, 'PresentedDocumentModeCode'),
    number: textOf(document, 'PrDocumentNumber'),
    date: textOf(document, 'PrDocumentDate'),
  });
}

/** Boxes 7–9: a yes or a no ("1"/"0"; some software writes letters). */
function answerOf(parent: Element, name: string) {
  const value = textOf(parent, name);
  if (value === undefined) return undefined;
  return { yes: ['1', 'Y', 'Д', 'T'].includes(value.toUpperCase()) };
}

const method = (code: string | undefined) =>
  code !== undefined && ['2', '3', '4', '5', '6'].includes(code) ? (code as '2' | '3' | '4' | '5' | '6') : undefined;

/** YYYY-MM-DD as the DDMMYY of a registration number. */
const ddmmyy = (date: string | undefined) =>
  date === undefined ? '' : `${date.slice(8, 10)}${date.slice(5, 7)}${date.slice(2, 4)}`;

const nonEmpty = <T>(list: T[]): T[] | undefined => (list.length > 0 ? list : undefined);
