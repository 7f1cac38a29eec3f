/**
 * Preliminary information as carriers' software writes it (the album of formats 5.23.0), for the
 * import's tests: a truck (AutoPreliminary) with its trailer, route and planned storage place, an
 * aircraft (AirPreliminary), a train (RWPreliminary) and a vessel (SeaPreliminary), each with the
 * `expected…` model it becomes. The documents are made here, element by element in the order the
 * album's schemas ask.
 */
const commonNamespaces = [
  'xmlns:cat_ru="urn:customs.ru:CommonAggregateTypes:5.22.0"',
  'xmlns:RUScat_ru="urn:customs.ru:RUSCommonAggregateTypes:5.22.0"',
  'xmlns:RUDECLcat="urn:customs.ru:RUDeclCommonAggregateTypesCust:5.23.0"',
  'xmlns:catpi_ru="urn:customs.ru:Information:PriorInformation:PriorCommonAggregateTypes:5.23.0"',
].join(' ');

/** The root's start tag: the document's own namespace, the common ones, the album's document code. */
const start = (root: string, modeId: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>
<${root} xmlns="urn:customs.ru:Information:CustomsDocuments:${root}:5.23.0" ${commonNamespaces} DocumentModeID="${modeId}">
  <cat_ru:DocumentID>3C1D2E4F-5A6B-4C7D-8E9F-0A1B2C3D4E5F</cat_ru:DocumentID>
  <EECEDocHeaderAddInfo>
    <RUScat_ru:EDocCode>R.036</RUScat_ru:EDocCode>
    <RUScat_ru:EDocDateTime>2026-03-02T09:30:00</RUScat_ru:EDocDateTime>
  </EECEDocHeaderAddInfo>
  <ElectronicDocumentSign>ЭД</ElectronicDocumentSign>`;

const subject = (name: string, bin: string, city: string) => `
    <cat_ru:OrganizationName>${name}</cat_ru:OrganizationName>
    <cat_ru:RKOrganizationFeatures><cat_ru:BIN>${bin}</cat_ru:BIN></cat_ru:RKOrganizationFeatures>
    <RUScat_ru:SubjectAddressDetails><RUScat_ru:CountryCode>KZ</RUScat_ru:CountryCode><RUScat_ru:City>${city}</RUScat_ru:City></RUScat_ru:SubjectAddressDetails>`;

const declarant = `
  <DeclarantDetails>${subject('ТОО "Шекара Тест"', '050540001242', 'Астана')}
  </DeclarantDetails>`;

const carrier = `
  <CarrierDetails>${subject('ТОО "Демо Транс"', '180140012345', 'Алматы')}
  </CarrierDetails>`;

const goodsItem = (number: number, hsCode: string, description: string, packages: number, mass: number) => `
      <GoodsItem>
        <catpi_ru:GoodsNumeric>${number}</catpi_ru:GoodsNumeric>
        <catpi_ru:GoodsTNVEDCode>${hsCode}</catpi_ru:GoodsTNVEDCode>
        <catpi_ru:GoodsDescription>${description}</catpi_ru:GoodsDescription>
        <catpi_ru:GrossWeightQuantity>${mass}</catpi_ru:GrossWeightQuantity>
        <catpi_ru:CargoPackagePalletDetails><catpi_ru:PakageQuantity>${packages}</catpi_ru:PakageQuantity></catpi_ru:CargoPackagePalletDetails>
      </GoodsItem>`;

const transportDocument = (kindCode: string, number: string) => `
      <TransportDocumentDetails>
        <cat_ru:PrDocumentNumber>${number}</cat_ru:PrDocumentNumber>
        <cat_ru:PrDocumentDate>2026-03-01</cat_ru:PrDocumentDate>
        <RUScat_ru:DocKindCode>${kindCode}</RUScat_ru:DocKindCode>
      </TransportDocumentDetails>`;

/** The planned place of temporary storage: a warehouse on the register, the day the goods go in. */
const unloadWarehouse = (registered: string) => `
      <UnloadWarehouseDetails>
        <catpi_ru:InformationTypeCode>11</catpi_ru:InformationTypeCode>
        <catpi_ru:PlaceName>СВХ ТОО «Демо СВХ»</catpi_ru:PlaceName>
        <catpi_ru:RegisterDocumentIdDetails>
          <catpi_ru:CountryA2Code>KZ</catpi_ru:CountryA2Code>
          <catpi_ru:RegistrationNumberId>${registered}</catpi_ru:RegistrationNumberId>
        </catpi_ru:RegisterDocumentIdDetails>
        <catpi_ru:WarehouseDate>2026-03-05</catpi_ru:WarehouseDate>
        <catpi_ru:StorageRequirementDetails>
          <catpi_ru:SpecialStorageRequirementIndicator>false</catpi_ru:SpecialStorageRequirementIndicator>
        </catpi_ru:StorageRequirementDetails>
      </UnloadWarehouseDetails>`;

const signatory = `
      <SignatoryPersonDetails>
        <RUDECLcat:SigningDetails>
          <cat_ru:PersonSurname>Серикова</cat_ru:PersonSurname>
          <cat_ru:PersonName>Айгерим</cat_ru:PersonName>
          <RUScat_ru:SigningDate>2026-03-02T09:30:00</RUScat_ru:SigningDate>
        </RUDECLcat:SigningDetails>
      </SignatoryPersonDetails>`;

const routePoint = (ordinal: number, country: string, place: string, office: string | undefined, date: string) => `
    <ItineraryPointDetails>
      <CountryCode>${country}</CountryCode>
      <PlaceName>${place}</PlaceName>
      <ObjectOrdinal>${ordinal}</ObjectOrdinal>${
        office
          ? `
      <CustomsOfficeCode>${office}</CustomsOfficeCode>`
          : ''
      }
      <Date>${date}</Date>
    </ItineraryPointDetails>`;

/** Road: a truck and its trailer, the route through the office of arrival, two consignments. */
export const autoPreliminaryXml = `${start('AutoPreliminary', '1006826E')}
  <UsageCode>01</UsageCode>
  <EntryCheckPointDetails><CustomsOfficeCode>55201</CustomsOfficeCode></EntryCheckPointDetails>${declarant}
  <BorderTransportDetails>
    <TransportModeCode>31</TransportModeCode>
    <ContainerIndicator>false</ContainerIndicator>
    <PIATTransportMeansItemDetails>
      <ObjectOrdinal>1</ObjectOrdinal>
      <TransportMeansCountryCode>KZ</TransportMeansCountryCode>
      <TransportMeansRegId>123ABC02</TransportMeansRegId>
    </PIATTransportMeansItemDetails>
    <PIATTransportMeansItemDetails>
      <ObjectOrdinal>2</ObjectOrdinal>
      <TransportMeansCountryCode>KZ</TransportMeansCountryCode>
      <TransportMeansRegId>45ZZ02</TransportMeansRegId>
    </PIATTransportMeansItemDetails>${routePoint(1, 'CN', 'Урумчи', undefined, '2026-03-02')}${routePoint(
      2,
      'KZ',
      'Хоргос',
      '55201',
      '2026-03-04',
    )}${routePoint(3, 'KZ', 'Алматы', '75101', '2026-03-05')}
  </BorderTransportDetails>
  <MainConsignmentDetails>
    <TIRCarnetIndicator>false</TIRCarnetIndicator>
    <ConsignmentDetails>
      <ObjectOrdinal>1</ObjectOrdinal>${transportDocument('02015', 'CMR-440011')}
      <DispatchCountryCode>CN</DispatchCountryCode>${unloadWarehouse('KZ/0001/210')}${goodsItem(1, '8471300000', 'Ноутбуки', 12, 96.5)}${goodsItem(2, '8528520000', 'Мониторы', 8, 120)}
    </ConsignmentDetails>
    <ConsignmentDetails>
      <ObjectOrdinal>2</ObjectOrdinal>${transportDocument('02015', 'CMR-440012')}
      <DispatchCountryCode>CN</DispatchCountryCode>${goodsItem(3, '9403200000', 'Стеллажи металлические', 20, 640)}
    </ConsignmentDetails>${signatory}
  </MainConsignmentDetails>${carrier}
</AutoPreliminary>
`;

/** Air: an Air Astana aircraft and its flight, arriving at Almaty airport. */
export const airPreliminaryXml = `${start('AirPreliminary', '1006825E')}
  <UsageCode>01</UsageCode>
  <ArrivalDateTime>2026-03-03T14:35:00</ArrivalDateTime>
  <EntryCheckPointDetails>
    <CustomsOfficeCode>75102</CustomsOfficeCode>
    <AirportCode>ALA</AirportCode>
  </EntryCheckPointDetails>${declarant}
  <BorderTransportDetails>
    <TransportModeCode>40</TransportModeCode>
    <ContainerIndicator>false</ContainerIndicator>
    <AirRegNumber>P4-KCA</AirRegNumber>
    <AirNationalityCode>KZ</AirNationalityCode>
    <FlightDetails>
      <AirlineId>465</AirlineId>
      <FlightId>0911</FlightId>
      <FilgftDate>2026-03-03</FilgftDate>
    </FlightDetails>
    <RouteDetails><LocationCode>FRA</LocationCode><ObjectOrdinal>1</ObjectOrdinal></RouteDetails>
    <RouteDetails><LocationCode>ALA</LocationCode><ObjectOrdinal>2</ObjectOrdinal></RouteDetails>
  </BorderTransportDetails>
  <ConsignmentDetails>
    <ObjectOrdinal>1</ObjectOrdinal>${transportDocument('02017', '465-12345675')}
    <DispatchCountryCode>DE</DispatchCountryCode>${unloadWarehouse('KZ/0002/210')}${goodsItem(1, '3004900002', 'Лекарственные средства', 4, 38.2)}${signatory}
  </ConsignmentDetails>${carrier}
</AirPreliminary>
`;

/** Rail: a train of two wagons from China, its consignment under an SMGS waybill. */
export const railPreliminaryXml = `${start('RWPreliminary', '1006827E')}
  <UsageCode>01</UsageCode>
  <EntryCheckPointDetails>
    <CustomsOfficeCode>55202</CustomsOfficeCode>
    <RailwayStationCode>695600</RailwayStationCode>
    <PlaceName>Достык</PlaceName>
  </EntryCheckPointDetails>${declarant}
  <BorderTransportDetails>
    <TransportModeCode>20</TransportModeCode>
    <ContainerIndicator>false</ContainerIndicator>
    <TransportMeansDetails><ObjectOrdinal>1</ObjectOrdinal><TransportMeansRegId>52345678</TransportMeansRegId></TransportMeansDetails>
    <TransportMeansDetails><ObjectOrdinal>2</ObjectOrdinal><TransportMeansRegId>52345686</TransportMeansRegId></TransportMeansDetails>
  </BorderTransportDetails>
  <ConsignmentDetails>
    <ObjectOrdinal>1</ObjectOrdinal>${transportDocument('02013', 'SMGS-778812')}
    <DispatchCountryCode>CN</DispatchCountryCode>${goodsItem(1, '7208510000', 'Прокат плоский из железа', 30, 60250)}${signatory}
  </ConsignmentDetails>${carrier}
</RWPreliminary>
`;

/** Sea: a vessel arriving at Aktau under a bill of lading, its goods going to a warehouse at the port. */
export const seaPreliminaryXml = `${start('SeaPreliminary', '1006828E')}
  <UsageCode>01</UsageCode>
  <ArrivalDateTime>2026-03-06T07:00:00</ArrivalDateTime>
  <EntryCheckPointDetails>
    <CustomsOfficeCode>43201</CustomsOfficeCode>
    <PortCode>KZAKD</PortCode>
  </EntryCheckPointDetails>${declarant}
  <BorderTransportDetails>
    <TransportModeCode>10</TransportModeCode>
    <ContainerIndicator>true</ContainerIndicator>
    <ShipName>CASPIAN STAR</ShipName>
    <NationalityCode>AZ</NationalityCode>
    <ShipIMONumber>9321483</ShipIMONumber>
  </BorderTransportDetails>
  <ConsignmentDetails>
    <ObjectOrdinal>1</ObjectOrdinal>${transportDocument('02011', 'BL-BAK-2026-017')}
    <DispatchCountryCode>AZ</DispatchCountryCode>${unloadWarehouse('KZ/0003/210')}${goodsItem(1, '3920102300', 'Пленка полиэтиленовая', 40, 18400)}${signatory}
  </ConsignmentDetails>${carrier}
</SeaPreliminary>
`;

const declarantParty = {
  iinBin: '050540001242',
  name: 'ТОО "Шекара Тест"',
  address: { countryCode: 'KZ', city: 'Астана' },
};
const carrierParty = {
  iinBin: '180140012345',
  name: 'ТОО "Демо Транс"',
  address: { countryCode: 'KZ', city: 'Алматы' },
};
const filler = { name: 'Серикова Айгерим', date: '2026-03-02' };
const sentUnder = (kindCode: string, number: string) => ({ kindCode, number, date: '2026-03-01' });

export const expectedPreliminary = {
  subkind: 'arrival_notification',
  declarant: declarantParty,
  carrier: carrierParty,
  arrivalOffice: '55201',
  // the day of the route's point at the office of arrival
  expectedArrival: '2026-03-04',
  // the truck; its trailer has no place in the model
  transport: { modeCode: '31', identification: '123ABC02', countryCode: 'KZ' },
  dispatchCountry: 'CN',
  goods: [
    {
      number: 1,
      description: 'Ноутбуки',
      hsCode: '8471300000',
      packages: 12,
      grossMass: 96.5,
      transportDocument: sentUnder('02015', 'CMR-440011'),
    },
    {
      number: 2,
      description: 'Мониторы',
      hsCode: '8528520000',
      packages: 8,
      grossMass: 120,
      transportDocument: sentUnder('02015', 'CMR-440011'),
    },
    {
      number: 3,
      description: 'Стеллажи металлические',
      hsCode: '9403200000',
      packages: 20,
      grossMass: 640,
      transportDocument: sentUnder('02015', 'CMR-440012'),
    },
  ],
  temporaryStorage: { warehouseLicence: 'KZ/0001/210' },
  filler,
};

export const expectedAirPreliminary = {
  subkind: 'arrival_notification',
  declarant: declarantParty,
  carrier: carrierParty,
  arrivalOffice: '75102',
  expectedArrival: '2026-03-03T14:35',
  transport: { modeCode: '40', identification: 'P4-KCA', countryCode: 'KZ' },
  dispatchCountry: 'DE',
  goods: [
    {
      number: 1,
      description: 'Лекарственные средства',
      hsCode: '3004900002',
      packages: 4,
      grossMass: 38.2,
      transportDocument: sentUnder('02017', '465-12345675'),
    },
  ],
  temporaryStorage: { warehouseLicence: 'KZ/0002/210' },
  filler,
};

export const expectedRailPreliminary = {
  subkind: 'arrival_notification',
  declarant: declarantParty,
  carrier: carrierParty,
  arrivalOffice: '55202',
  // the first wagon; the album gives rail no arrival time and a wagon no country
  transport: { modeCode: '20', identification: '52345678' },
  dispatchCountry: 'CN',
  goods: [
    {
      number: 1,
      description: 'Прокат плоский из железа',
      hsCode: '7208510000',
      packages: 30,
      grossMass: 60250,
      transportDocument: sentUnder('02013', 'SMGS-778812'),
    },
  ],
  filler,
};

export const expectedSeaPreliminary = {
  subkind: 'arrival_notification',
  declarant: declarantParty,
  carrier: carrierParty,
  arrivalOffice: '43201',
  expectedArrival: '2026-03-06T07:00',
  transport: { modeCode: '10', identification: 'CASPIAN STAR', countryCode: 'AZ' },
  dispatchCountry: 'AZ',
  goods: [
    {
      number: 1,
      description: 'Пленка полиэтиленовая',
      hsCode: '3920102300',
      packages: 40,
      grossMass: 18400,
      transportDocument: sentUnder('02011', 'BL-BAK-2026-017'),
    },
  ],
  temporaryStorage: { warehouseLicence: 'KZ/0003/210' },
  filler,
};
