/**
 * Customs value declarations as declarant software writes them (DTSout_CU of the album of formats
 * 5.23.0), for the import's tests: a DTS-1 of two items by method 1 with the explanations of its
 * boxes 7–9, a DTS-2 of one item by method 3, and a DTS-2 whose four items are valued by methods 2,
 * 4, 5 and 6 (on method 1) with each method's calculation — `expected` is the model they become.
 */
const namespaces = [
  'xmlns="urn:customs.ru:Information:CustomsDocuments:DTSout_CU:5.23.0"',
  'xmlns:cat_ru="urn:customs.ru:CommonAggregateTypes:5.22.0"',
  'xmlns:RUDECLcat="urn:customs.ru:RUDeclCommonAggregateTypesCust:5.23.0"',
  'xmlns:RUScat_ru="urn:customs.ru:RUSCommonAggregateTypes:5.22.0"',
  'xmlns:cat_EDTS_cu="urn:customs.ru:CUESADDTSCommonAggregateTypes:5.22.0"',
  'DocumentModeID="1006112E"',
].join(' ');

const party = (name: string, bin: string, city: string) => `
    <cat_ru:OrganizationName>${name}</cat_ru:OrganizationName>
    <cat_ru:RKOrganizationFeatures><cat_ru:BIN>${bin}</cat_ru:BIN></cat_ru:RKOrganizationFeatures>
    <RUScat_ru:SubjectAddressDetails><RUScat_ru:CountryCode>KZ</RUScat_ru:CountryCode><RUScat_ru:City>${city}</RUScat_ru:City></RUScat_ru:SubjectAddressDetails>`;

const foreign = `
    <cat_ru:OrganizationName>Xinjiang Demo Trading Co.</cat_ru:OrganizationName>
    <RUScat_ru:UITN><RUScat_ru:UITNCode>91650100MA77</RUScat_ru:UITNCode></RUScat_ru:UITN>
    <RUScat_ru:SubjectAddressDetails><RUScat_ru:CountryCode>CN</RUScat_ru:CountryCode><RUScat_ru:City>Urumqi</RUScat_ru:City></RUScat_ru:SubjectAddressDetails>`;

const header = (form: 1 | 2, method: string) => `<?xml version="1.0" encoding="UTF-8"?>
<DTSout_CU ${namespaces}>
  <cat_ru:DocumentID>0B6F3E2A-5C1D-4E7F-9A8B-1C2D3E4F5A6B</cat_ru:DocumentID>
  <FormDTS>${form}</FormDTS>
  <CustomsCostMethodCode>${method}</CustomsCostMethodCode>
  <DTSoutSeller>${foreign}
  </DTSoutSeller>
  <DTSoutBuyer>${party('ТОО "Шекара Тест"', '050540001242', 'Астана')}
  </DTSoutBuyer>
  <DTSInvoiceDocuments>
    <cat_ru:PrDocumentNumber>INV-2026-4411</cat_ru:PrDocumentNumber>
    <cat_ru:PrDocumentDate>2026-03-02</cat_ru:PrDocumentDate>
    <cat_EDTS_cu:PresentedDocumentModeCode>04021</cat_EDTS_cu:PresentedDocumentModeCode>
    <cat_EDTS_cu:PositionNumber>4</cat_EDTS_cu:PositionNumber>
  </DTSInvoiceDocuments>
  <DTSInvoiceDocuments>
    <cat_ru:PrDocumentNumber>CN-KZ-512</cat_ru:PrDocumentNumber>
    <cat_ru:PrDocumentDate>2026-01-15</cat_ru:PrDocumentDate>
    <cat_EDTS_cu:PresentedDocumentModeCode>03011</cat_EDTS_cu:PresentedDocumentModeCode>
    <cat_EDTS_cu:PositionNumber>5</cat_EDTS_cu:PositionNumber>
  </DTSInvoiceDocuments>`;

/** Additional data (`AdditionalData`): a box number, its text, and the goods declaration it refers to. */
const additionalData = (box: string, text: string, declaration?: string) => `
    <AdditionalData>
      <cat_EDTS_cu:PositionNumber>${box}</cat_EDTS_cu:PositionNumber>
      <cat_EDTS_cu:AdditionalInformation>${text}</cat_EDTS_cu:AdditionalInformation>${
        declaration === undefined
          ? ''
          : `
      <cat_EDTS_cu:CustomsDocIdDetails>
        <cat_ru:CustomsCode>75101</cat_ru:CustomsCode>
        <cat_ru:RegistrationDate>2026-01-15</cat_ru:RegistrationDate>
        <cat_ru:GTDNumber>${declaration}</cat_ru:GTDNumber>
      </cat_EDTS_cu:CustomsDocIdDetails>`
      }
    </AdditionalData>`;

const footer = (reason?: string, notes = '') => `
  <GTDNumber>
    <cat_ru:CustomsCode>75101</cat_ru:CustomsCode>
    <cat_ru:RegistrationDate>2026-03-02</cat_ru:RegistrationDate>
    <cat_ru:GTDNumber>0001234</cat_ru:GTDNumber>
  </GTDNumber>
  <DTSout_CUFilledPerson>
    <RUDECLcat:SigningDetails>
      <cat_ru:PersonSurname>Серикова</cat_ru:PersonSurname>
      <cat_ru:PersonName>Айгерим</cat_ru:PersonName>
      <cat_ru:PersonPost>Специалист по таможенному декларированию</cat_ru:PersonPost>
      <RUScat_ru:SigningDate>2026-03-02T00:00:00</RUScat_ru:SigningDate>
    </RUDECLcat:SigningDetails>
  </DTSout_CUFilledPerson>
  <DTSoutDeclarant>${party('ТОО "Шекара Тест"', '050540001242', 'Астана')}
  </DTSoutDeclarant>
  <DeliveryTerms>
    <cat_ru:DeliveryPlace>Urumqi</cat_ru:DeliveryPlace>
    <cat_ru:DeliveryTermsStringCode>FCA</cat_ru:DeliveryTermsStringCode>
  </DeliveryTerms>${
    reason === undefined
      ? ''
      : `
  <ReasonApplyMethod><cat_EDTS_cu:ReasonDescription>${reason}</cat_EDTS_cu:ReasonDescription></ReasonApplyMethod>`
  }${notes}
</DTSout_CU>
`;

/** Box *: a sum paid in a currency other than the price's, and the rate it was converted at. */
const currencyPayment = (box: string, amount: number, currency: string, rate: number) => `
    <DTSCurrencyPayment>
      <cat_EDTS_cu:PositionsNumber>${box}</cat_EDTS_cu:PositionsNumber>
      <cat_EDTS_cu:CurrencyAmount>${amount}</cat_EDTS_cu:CurrencyAmount>
      <cat_EDTS_cu:CurrencyCode>${currency}</cat_EDTS_cu:CurrencyCode>
      <cat_EDTS_cu:CurrencyRate>${rate}</cat_EDTS_cu:CurrencyRate>
    </DTSCurrencyPayment>`;

function method1Item(
  number: number,
  hsCode: string,
  price: [number, number],
  transport: number,
  value: [number, number],
  payments = '',
) {
  return `
  <DTSout_CUGoodsCustomsCost>
    <SheetNumber>1</SheetNumber>
    <GTDGoodsNumber>${number}</GTDGoodsNumber>
    <GoodsTNVEDCode>${hsCode}</GoodsTNVEDCode>
    <NationalDeclaredCustomsCost>${value[0]}</NationalDeclaredCustomsCost>
    <DollarDeclaredCustomsCost>${value[1]}</DollarDeclaredCustomsCost>${payments}
    <DTS_CUCustomsCostCalculation>
      <cat_EDTS_cu:DTSMethod1>
        <cat_EDTS_cu:Method1CalculationBasis>
          <cat_EDTS_cu:DealCurrencyAmount>${price[0]}</cat_EDTS_cu:DealCurrencyAmount>
          <cat_EDTS_cu:DealCurrencyCode>USD</cat_EDTS_cu:DealCurrencyCode>
          <cat_EDTS_cu:DealNationalAmount>${price[1]}</cat_EDTS_cu:DealNationalAmount>
          <cat_EDTS_cu:DealCurrencyRate>505.12</cat_EDTS_cu:DealCurrencyRate>
          <cat_EDTS_cu:IndirectNationalPayment>0</cat_EDTS_cu:IndirectNationalPayment>
          <cat_EDTS_cu:BasisNationalAmount>${price[1]}</cat_EDTS_cu:BasisNationalAmount>
        </cat_EDTS_cu:Method1CalculationBasis>
        <cat_EDTS_cu:Method1AdditionalSum>
          <cat_EDTS_cu:BorderTransportCharges>${transport}</cat_EDTS_cu:BorderTransportCharges>
          <cat_EDTS_cu:BorderPlace>Хоргос</cat_EDTS_cu:BorderPlace>
          <cat_EDTS_cu:InsuranceCharges>1500</cat_EDTS_cu:InsuranceCharges>
          <cat_EDTS_cu:TotalAdditionalSum>${transport + 1500}</cat_EDTS_cu:TotalAdditionalSum>
        </cat_EDTS_cu:Method1AdditionalSum>
        <cat_EDTS_cu:Method1Deduction>
          <cat_EDTS_cu:UnionTransportCharge>2000</cat_EDTS_cu:UnionTransportCharge>
          <cat_EDTS_cu:TotalDeductionAmount>2000</cat_EDTS_cu:TotalDeductionAmount>
        </cat_EDTS_cu:Method1Deduction>
      </cat_EDTS_cu:DTSMethod1>
    </DTS_CUCustomsCostCalculation>
  </DTSout_CUGoodsCustomsCost>`;
}

export const dts1Xml = `${header(1, '1')}
  <DTSBuyerSellerDependence>
    <cat_EDTS_cu:Column7A>0</cat_EDTS_cu:Column7A>
    <cat_EDTS_cu:Column7B>0</cat_EDTS_cu:Column7B>
    <cat_EDTS_cu:Column7C>0</cat_EDTS_cu:Column7C>
  </DTSBuyerSellerDependence>
  <DTSSellingLimitation>
    <cat_EDTS_cu:Column8A>0</cat_EDTS_cu:Column8A>
    <cat_EDTS_cu:Column8B>1</cat_EDTS_cu:Column8B>
  </DTSSellingLimitation>
  <DTSAdditionalPayments>
    <cat_EDTS_cu:Column9>0</cat_EDTS_cu:Column9>
    <cat_EDTS_cu:Column9A>0</cat_EDTS_cu:Column9A>
    <cat_EDTS_cu:Column9B>0</cat_EDTS_cu:Column9B>
  </DTSAdditionalPayments>${method1Item(
    1,
    '8471300000',
    [1200, 606144],
    30000,
    [635644, 1258.4],
    currencyPayment('17', 50, 'EUR', 590.1),
  )}${method1Item(2, '8528520000', [800.5, 404348.56], 20000, [423848.56, 839.1])}${footer(
    undefined,
    `${additionalData('7c', 'Проверочная величина не применялась:')}${additionalData(
      '7в',
      ' сделок с идентичными товарами не было.',
    )}${additionalData('8б', 'Цена зависит от закупки партии мониторов у того же продавца.')}`,
  )}`;

const seller = {
  iinBin: '91650100MA77',
  name: 'Xinjiang Demo Trading Co.',
  address: { countryCode: 'CN', city: 'Urumqi' },
};
const buyer = { iinBin: '050540001242', name: 'ТОО "Шекара Тест"', address: { countryCode: 'KZ', city: 'Астана' } };
const valuationHeader = {
  seller,
  buyer,
  declarant: buyer,
  deliveryTerms: { code: 'FCA', place: 'Urumqi' },
  documents: {
    invoice: { kindCode: '04021', number: 'INV-2026-4411', date: '2026-03-02' },
    contract: { kindCode: '03011', number: 'CN-KZ-512', date: '2026-01-15' },
  },
  goodsDeclarationNumber: '75101/020326/0001234',
  filler: { name: 'Серикова Айгерим', position: 'Специалист по таможенному декларированию', date: '2026-03-02' },
};

function expected1Item(
  goodsItemNumber: number,
  hsCode: string,
  price: [number, number],
  transport: number,
  value: [number, number],
) {
  return {
    goodsItemNumber,
    hsCode,
    priceInvoiceCurrency: price[0],
    price: price[1],
    indirectPayments: 0,
    basis: price[1],
    additions: { transport, insurance: 1500 },
    totalAdditions: transport + 1500,
    deductions: { transportAfterArrival: 2000 },
    totalDeductions: 2000,
    customsValue: value[0],
    customsValueUsd: value[1],
    conversions: [{ currencyCode: 'USD', amount: price[0], exchangeRate: 505.12 }],
  };
}

const firstItem = expected1Item(1, '8471300000', [1200, 606144], 30000, [635644, 1258.4]);

export const expectedDts1 = {
  ...valuationHeader,
  relationship: {
    related: { yes: false },
    influencedPrice: { yes: false },
    // "7c" in Latin letters and "7в" are the same box; their texts are joined
    closeToTestValue: {
      yes: false,
      explanation: 'Проверочная величина не применялась: сделок с идентичными товарами не было.',
    },
  },
  restrictions: {
    restrictions: { yes: false },
    conditions: { yes: true, explanation: 'Цена зависит от закупки партии мониторов у того же продавца.' },
  },
  royaltiesAndProceeds: { royalties: { yes: false }, proceeds: { yes: false } },
  items: [
    { ...firstItem, conversions: [...firstItem.conversions, { currencyCode: 'EUR', amount: 50, exchangeRate: 590.1 }] },
    expected1Item(2, '8528520000', [800.5, 404348.56], 20000, [423848.56, 839.1]),
  ],
};

const reason = 'Метод 1 не применим: цена зависит от условий, влияние которых не может быть определено.';

export const dts2Xml = `${header(2, '3')}
  <DTSout_CUGoodsCustomsCost>
    <SheetNumber>1</SheetNumber>
    <GTDGoodsNumber>1</GTDGoodsNumber>
    <GoodsTNVEDCode>8471300000</GoodsTNVEDCode>
    <NationalDeclaredCustomsCost>640000</NationalDeclaredCustomsCost>
    <DollarDeclaredCustomsCost>1267.03</DollarDeclaredCustomsCost>
    <MethodNumberCode>3</MethodNumberCode>
  </DTSout_CUGoodsCustomsCost>${footer(reason)}`;

export const expectedDts2 = {
  ...valuationHeader,
  method: '3',
  reasonEarlierMethodsInapplicable: reason,
  items: [{ goodsItemNumber: 1, hsCode: '8471300000', customsValue: 640000, customsValueUsd: 1267.03, method: '3' }],
};

/** A DTS-2 goods item: the value it is declared at, its method, and the calculation by that method. */
function method2Item(
  number: number,
  value: [number, number],
  method: string,
  calculation: string,
  extra: { baseMethod?: string; notes?: string; payments?: string } = {},
) {
  return `
  <DTSout_CUGoodsCustomsCost>
    <SheetNumber>1</SheetNumber>
    <GTDGoodsNumber>${number}</GTDGoodsNumber>
    <GoodsTNVEDCode>8471300000</GoodsTNVEDCode>
    <NationalDeclaredCustomsCost>${value[0]}</NationalDeclaredCustomsCost>
    <DollarDeclaredCustomsCost>${value[1]}</DollarDeclaredCustomsCost>
    <MethodNumberCode>${method}</MethodNumberCode>${
      extra.baseMethod
        ? `
    <BaseMethodNumberCode>${extra.baseMethod}</BaseMethodNumberCode>`
        : ''
    }${extra.notes ?? ''}${extra.payments ?? ''}
    <DTS_CUCustomsCostCalculation>${calculation}
    </DTS_CUCustomsCostCalculation>
  </DTSout_CUGoodsCustomsCost>`;
}

const e = (name: string, value: number | string) => `
        <cat_EDTS_cu:${name}>${value}</cat_EDTS_cu:${name}>`;

/** Method 2: the value of a sale of identical goods, corrected down and up. */
const identicalGoods = `
      <cat_EDTS_cu:DTSMethod236>
        <cat_EDTS_cu:Method2Basis>${e('IdenticalDealNationalAmount', 500000)}
        </cat_EDTS_cu:Method2Basis>
        <cat_EDTS_cu:Method2DealCorrect>${e('MinusQuantityCorrect', 10000)}${e('MinusBorderTransportCharges', 5000)}${e(
          'MinusBorderPlace',
          'Хоргос',
        )}${e('MinusTotalSum', 15000)}${e('PlusCommerceCorrect', 2000)}${e('PlusBorderTransportCharges', 8000)}${e(
          'PlusInsuranceCharges',
          1000,
        )}${e('PlusTotalSum', 11000)}${e('TotalDealCorrect', 496000)}
        </cat_EDTS_cu:Method2DealCorrect>
      </cat_EDTS_cu:DTSMethod236>`;

/** Method 4: the price of a unit sold in the Union less the deductions per unit, for 10 units. */
const deductive = `
      <cat_EDTS_cu:DTSMethod46>
        <cat_EDTS_cu:Method46Basis>${e('IdenticalDealNationalPrice', 12000.5)}${e('IdenticalDealCode', '796')}
        </cat_EDTS_cu:Method46Basis>
        <cat_EDTS_cu:Method46Deduction>${e('AgentCharge', 1500.25)}${e('UnionTransportCharge', 300)}${e(
          'UnionTaxPayment',
          2000,
        )}${e('ProcessingAddedCost', 0)}${e('TotalDeductionAmount', 3800.25)}
        </cat_EDTS_cu:Method46Deduction>
        <cat_EDTS_cu:DeclaratedGoodsQuantity>${e('GoodsQuantity', 10)}${e('MeasureUnitQualifierCode', '796')}
        </cat_EDTS_cu:DeclaratedGoodsQuantity>
      </cat_EDTS_cu:DTSMethod46>`;

/** Method 5: the maker's costs, packing and profit; transport, loading and insurance to the border. */
const computed = `
      <cat_EDTS_cu:DTSMethod56>
        <cat_EDTS_cu:Method56Basis>${e('ProductionStoreExpense', 300000)}${e('PackageExpenses', 5000)}${e(
          'CommerceExpense',
          45000,
        )}${e('BorderTransportCharges', 20000)}${e('BorderPlace', 'Хоргос')}${e('LoadCharges', 3000)}${e(
          'InsuranceCharges',
          1000.55,
        )}
        </cat_EDTS_cu:Method56Basis>
      </cat_EDTS_cu:DTSMethod56>`;

/** Method 6 on the basis of method 1: the transaction value's calculation, in US dollars. */
const fallBack = `
      <cat_EDTS_cu:DTSMethod1>
        <cat_EDTS_cu:Method1CalculationBasis>${e('DealCurrencyAmount', 1000)}${e('DealCurrencyCode', 'USD')}${e(
          'DealNationalAmount',
          505120,
        )}${e('DealCurrencyRate', 505.12)}${e('BasisNationalAmount', 505120)}
        </cat_EDTS_cu:Method1CalculationBasis>
        <cat_EDTS_cu:Method1AdditionalSum>${e('AgentBonus', 10000)}${e('BorderTransportCharges', 25000)}${e(
          'TotalAdditionalSum',
          35000,
        )}
        </cat_EDTS_cu:Method1AdditionalSum>
        <cat_EDTS_cu:Method1Deduction>${e('BuildingAmount', 4000)}${e('TotalDeductionAmount', 4000)}
        </cat_EDTS_cu:Method1Deduction>
      </cat_EDTS_cu:DTSMethod1>`;

const methodsReason = 'Метод 1 не применим: покупатель и продавец связаны, и связь повлияла на цену.';

export const dts2MethodsXml = `${header(2, '2')}${method2Item(1, [496000, 981.95], '2', identicalGoods, {
  notes: additionalData('11б', 'ДТ на идентичные товары, товар № 2', '0000321'),
})}${method2Item(2, [82002.5, 162.34], '4', deductive)}${method2Item(3, [374000.55, 740.42], '5', computed)}${method2Item(
  4,
  [536120, 1061.37],
  '6',
  fallBack,
  { baseMethod: '1', payments: currencyPayment('17', 200, 'EUR', 590.1) },
)}${footer(methodsReason)}`;

export const expectedDts2Methods = {
  ...valuationHeader,
  method: '*',
  reasonEarlierMethodsInapplicable: methodsReason,
  items: [
    {
      goodsItemNumber: 1,
      hsCode: '8471300000',
      method: '2',
      basisSource: 'ДТ на идентичные товары, товар № 2',
      basisDeclarationNumber: '75101/150126/0000321',
      basis: 500000,
      additions: { transport: 8000, insurance: 1000, other: 2000 },
      totalAdditions: 11000,
      deductions: { other: 15000 },
      totalDeductions: 15000,
      customsValue: 496000,
      customsValueUsd: 981.95,
    },
    {
      // the album's amounts per unit, times the 10 units imported
      goodsItemNumber: 2,
      hsCode: '8471300000',
      method: '4',
      basis: 120005,
      deductions: { commissionsOrProfit: 15002.5, transportInside: 3000, dutiesAndTaxes: 20000, other: 0 },
      totalDeductions: 38002.5,
      customsValue: 82002.5,
      customsValueUsd: 162.34,
    },
    {
      goodsItemNumber: 3,
      hsCode: '8471300000',
      method: '5',
      basis: 350000,
      additions: { transport: 20000, loading: 3000, insurance: 1000.55 },
      totalAdditions: 24000.55,
      customsValue: 374000.55,
      customsValueUsd: 740.42,
    },
    {
      goodsItemNumber: 4,
      hsCode: '8471300000',
      method: '6',
      basis: 505120,
      additions: { transport: 25000, other: 10000 },
      totalAdditions: 35000,
      deductions: { other: 4000 },
      totalDeductions: 4000,
      customsValue: 536120,
      customsValueUsd: 1061.37,
      conversions: [
        { currencyCode: 'USD', amount: 1000, exchangeRate: 505.12 },
        { currencyCode: 'EUR', amount: 200, exchangeRate: 590.1 },
      ],
    },
  ],
};
