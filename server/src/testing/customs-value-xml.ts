/**
 * Customs value declarations as declarant software writes them (DTSout_CU of the album of formats
 * 5.23.0), for the import's tests: a DTS-1 of two items by method 1 and a DTS-2 of one item by
 * method 3, each with the fields the import reads back — `expected` is the model they become.
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

const footer = (reason?: string) => `
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
  }
</DTSout_CU>
`;

function method1Item(
  number: number,
  hsCode: string,
  price: [number, number],
  transport: number,
  value: [number, number],
) {
  return `
  <DTSout_CUGoodsCustomsCost>
    <SheetNumber>1</SheetNumber>
    <GTDGoodsNumber>${number}</GTDGoodsNumber>
    <GoodsTNVEDCode>${hsCode}</GoodsTNVEDCode>
    <NationalDeclaredCustomsCost>${value[0]}</NationalDeclaredCustomsCost>
    <DollarDeclaredCustomsCost>${value[1]}</DollarDeclaredCustomsCost>
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
  </DTSAdditionalPayments>${method1Item(1, '8471300000', [1200, 606144], 30000, [635644, 1258.4])}${method1Item(
    2,
    '8528520000',
    [800.5, 404348.56],
    20000,
    [423848.56, 839.1],
  )}${footer()}`;

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

export const expectedDts1 = {
  ...valuationHeader,
  relationship: { related: { yes: false }, influencedPrice: { yes: false }, closeToTestValue: { yes: false } },
  restrictions: { restrictions: { yes: false }, conditions: { yes: true } },
  royaltiesAndProceeds: { royalties: { yes: false }, proceeds: { yes: false } },
  items: [
    expected1Item(1, '8471300000', [1200, 606144], 30000, [635644, 1258.4]),
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
