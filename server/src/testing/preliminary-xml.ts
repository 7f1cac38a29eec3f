/**
 * The road preliminary information as a carrier's software writes it (AutoPreliminary of the album
 * of formats 5.23.0), for the import's tests: an arrival notification of one truck with two
 * consignments, and `expectedPreliminary`, the model it becomes.
 */
const namespaces = [
  'xmlns="urn:customs.ru:Information:CustomsDocuments:AutoPreliminary:5.23.0"',
  'xmlns:cat_ru="urn:customs.ru:CommonAggregateTypes:5.22.0"',
  'xmlns:RUScat_ru="urn:customs.ru:RUSCommonAggregateTypes:5.22.0"',
  'xmlns:RUDECLcat="urn:customs.ru:RUDeclCommonAggregateTypesCust:5.23.0"',
  'xmlns:catpi_ru="urn:customs.ru:Information:PriorInformation:PriorCommonAggregateTypes:5.23.0"',
  'DocumentModeID="1006826E"',
].join(' ');

const subject = (name: string, bin: string, city: string) => `
    <cat_ru:OrganizationName>${name}</cat_ru:OrganizationName>
    <cat_ru:RKOrganizationFeatures><cat_ru:BIN>${bin}</cat_ru:BIN></cat_ru:RKOrganizationFeatures>
    <RUScat_ru:SubjectAddressDetails><RUScat_ru:CountryCode>KZ</RUScat_ru:CountryCode><RUScat_ru:City>${city}</RUScat_ru:City></RUScat_ru:SubjectAddressDetails>`;

const goodsItem = (number: number, hsCode: string, description: string, packages: number, mass: number) => `
      <GoodsItem>
        <catpi_ru:GoodsNumeric>${number}</catpi_ru:GoodsNumeric>
        <catpi_ru:GoodsTNVEDCode>${hsCode}</catpi_ru:GoodsTNVEDCode>
        <catpi_ru:GoodsDescription>${description}</catpi_ru:GoodsDescription>
        <catpi_ru:GrossWeightQuantity>${mass}</catpi_ru:GrossWeightQuantity>
        <catpi_ru:CargoPackagePalletDetails><catpi_ru:PakageQuantity>${packages}</catpi_ru:PakageQuantity></catpi_ru:CargoPackagePalletDetails>
      </GoodsItem>`;

const consignment = (ordinal: number, cmr: string, items: string) => `
    <ConsignmentDetails>
      <ObjectOrdinal>${ordinal}</ObjectOrdinal>
      <TransportDocumentDetails>
        <cat_ru:PrDocumentNumber>${cmr}</cat_ru:PrDocumentNumber>
        <cat_ru:PrDocumentDate>2026-03-01</cat_ru:PrDocumentDate>
        <RUScat_ru:DocKindCode>02015</RUScat_ru:DocKindCode>
      </TransportDocumentDetails>
      <DispatchCountryCode>CN</DispatchCountryCode>${items}
    </ConsignmentDetails>`;

export const autoPreliminaryXml = `<?xml version="1.0" encoding="UTF-8"?>
<AutoPreliminary ${namespaces}>
  <cat_ru:DocumentID>3C1D2E4F-5A6B-4C7D-8E9F-0A1B2C3D4E5F</cat_ru:DocumentID>
  <EECEDocHeaderAddInfo>
    <RUScat_ru:EDocCode>R.036</RUScat_ru:EDocCode>
    <RUScat_ru:EDocDateTime>2026-03-02T09:30:00</RUScat_ru:EDocDateTime>
  </EECEDocHeaderAddInfo>
  <ElectronicDocumentSign>ЭД</ElectronicDocumentSign>
  <UsageCode>01</UsageCode>
  <EntryCheckPointDetails><CustomsOfficeCode>55201</CustomsOfficeCode></EntryCheckPointDetails>
  <DeclarantDetails>${subject('ТОО "Шекара Тест"', '050540001242', 'Астана')}
  </DeclarantDetails>
  <BorderTransportDetails>
    <TransportModeCode>31</TransportModeCode>
    <ContainerIndicator>false</ContainerIndicator>
    <PIATTransportMeansItemDetails>
      <ObjectOrdinal>1</ObjectOrdinal>
      <TransportMeansCountryCode>KZ</TransportMeansCountryCode>
      <TransportMeansRegId>123ABC02</TransportMeansRegId>
    </PIATTransportMeansItemDetails>
  </BorderTransportDetails>
  <MainConsignmentDetails>
    <TIRCarnetIndicator>false</TIRCarnetIndicator>${consignment(
      1,
      'CMR-440011',
      `${goodsItem(1, '8471300000', 'Ноутбуки', 12, 96.5)}${goodsItem(2, '8528520000', 'Мониторы', 8, 120)}`,
    )}${consignment(2, 'CMR-440012', goodsItem(3, '9403200000', 'Стеллажи металлические', 20, 640))}
    <SignatoryPersonDetails>
      <RUDECLcat:SigningDetails>
        <cat_ru:PersonSurname>Серикова</cat_ru:PersonSurname>
        <cat_ru:PersonName>Айгерим</cat_ru:PersonName>
        <RUScat_ru:SigningDate>2026-03-02T09:30:00</RUScat_ru:SigningDate>
      </RUDECLcat:SigningDetails>
    </SignatoryPersonDetails>
  </MainConsignmentDetails>
  <CarrierDetails>${subject('ТОО "Демо Транс"', '180140012345', 'Алматы')}
  </CarrierDetails>
</AutoPreliminary>
`;

const cmr = (number: string) => ({ kindCode: '02015', number, date: '2026-03-01' });

export const expectedPreliminary = {
  subkind: 'arrival_notification',
  declarant: { iinBin: '050540001242', name: 'ТОО "Шекара Тест"', address: { countryCode: 'KZ', city: 'Астана' } },
  carrier: { iinBin: '180140012345', name: 'ТОО "Демо Транс"', address: { countryCode: 'KZ', city: 'Алматы' } },
  arrivalOffice: '55201',
  transport: { modeCode: '31', identification: '123ABC02', countryCode: 'KZ' },
  dispatchCountry: 'CN',
  goods: [
    {
      number: 1,
      description: 'Ноутбуки',
      hsCode: '8471300000',
      packages: 12,
      grossMass: 96.5,
      transportDocument: cmr('CMR-440011'),
    },
    {
      number: 2,
      description: 'Мониторы',
      hsCode: '8528520000',
      packages: 8,
      grossMass: 120,
      transportDocument: cmr('CMR-440011'),
    },
    {
      number: 3,
      description: 'Стеллажи металлические',
      hsCode: '9403200000',
      packages: 20,
      grossMass: 640,
      transportDocument: cmr('CMR-440012'),
    },
  ],
  filler: { name: 'Серикова Айгерим', date: '2026-03-02' },
};
