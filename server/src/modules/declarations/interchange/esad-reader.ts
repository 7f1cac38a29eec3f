import type {
  GoodsDeclaration,
  GoodsItem,
  Party,
  TransitDeclaration,
  TransitItem,
} from '@shekara/contracts/declarations/documents';
import type { Element } from '@xmldom/xmldom';
import { commonDocumentRecord, fillerIinCardName, precedingNames, rateCurrencies, rateUnits } from './esad-names.ts';
import { withNotes } from './esad-notes.ts';
import { booleanOf, child, children, compact, numberOf, textOf } from './xml-dom.ts';

/**
 * Reads an ESADout_CU element — as declarant software writes it, or as esad-writer.ts does — into
 * the fields of a goods or a transit declaration (box 1: ТТ is transit, anything else goods).
 * Elements are matched by local name, so the album's namespace versions may differ. What the model
 * has no box for (inventories, archive ids) is left out; the model itself bounds the result. Notes
 * (esad-notes.ts) in SealDescriptionText are laid over what the elements say.
 */
export type EsadFields = { kind: 'goods'; fields: GoodsDeclaration } | { kind: 'transit'; fields: TransitDeclaration };

export function readEsad(esad: Element): EsadFields {
  const procedure = latin(textOf(esad, 'CustomsProcedure'));
  const notes = children(esad, 'SealDescriptionText').map((e) => e.textContent ?? '');
  return procedure === 'TT'
    ? { kind: 'transit', fields: withNotes('transit', transitOf(esad), notes) }
    : { kind: 'goods', fields: withNotes('goods', goodsOf(esad), notes) };
}

function goodsOf(esad: Element): GoodsDeclaration {
  const shipment = child(esad, 'ESADout_CUGoodsShipment');
  const consignment = child(shipment, 'ESADout_CUConsigment');
  const terms = child(shipment, 'ESADout_CUMainContractTerms');
  const location = child(shipment, 'ESADout_CUGoodsLocation');
  const direction = latin(textOf(esad, 'CustomsProcedure'));
  const goods = children(shipment, 'ESADout_CUGoods');
  const header = headerDocuments(goods);
  return compact({
    direction: direction === 'IM' || direction === 'EK' ? direction : undefined,
    procedureCode: textOf(esad, 'CustomsModeCode'),
    consignor: partyOf(child(shipment, 'ESADout_CUConsignor')),
    totalItems: numberOf(shipment, 'TotalGoodsNumber'),
    totalPackages: numberOf(shipment, 'TotalPackageNumber'),
    reference: textOf(esad, 'RegNumberDoc'),
    consignee: partyOf(child(shipment, 'ESADout_CUConsignee')),
    financialParty: partyOf(child(shipment, 'ESADout_CUFinancialAdjustingResponsiblePerson')),
    tradingCountry: textOf(terms, 'TradeCountryCode'),
    totalCustomsValue: numberOf(shipment, 'TotalCustCost'),
    declarant: partyOf(child(shipment, 'ESADout_CUDeclarant')),
    ...shipmentOf(consignment, terms),
    exchangeRate: numberOf(terms, 'ContractCurrencyRate'),
    transactionNature: textOf(terms, 'DealNatureCode'),
    borderTransportMode: textOf(child(consignment, 'ESADout_CUBorderTransport'), 'TransportModeCode'),
    inlandTransportMode: textOf(child(consignment, 'ESADout_CUDepartureArrivalTransport'), 'TransportModeCode'),
    borderOffice: textOf(child(consignment, 'BorderCustomsOffice'), 'Code'),
    goodsLocation: location
      ? compact({
          kindCode: textOf(location, 'InformationTypeCode'),
          warehouseLicence: textOf(child(location, 'GoodsLocationWarehouse'), 'PrDocumentNumber'),
          address: addressOf(child(location, 'Address')),
        })
      : undefined,
    documents: header.documents,
    preliminaryInformationNumber: header.preliminary,
    releaseBeforeDeclarationNumber: header.releaseBefore,
    paymentDocuments: nonEmpty(
      children(child(shipment, 'ESADout_CUPayments'), 'ESADout_CUCustomsPayment').map((payment) =>
        compact({
          typeCode: textOf(payment, 'PaymentModeCode'),
          number: textOf(child(payment, 'PaymentDocument'), 'PrDocumentNumber'),
          date: textOf(child(payment, 'PaymentDocument'), 'PrDocumentDate'),
          amount: numberOf(payment, 'PaymentAmount'),
        }),
      ),
    ),
    filler: fillerOf(esad),
    items: goods.map((element) => goodsItemOf(element, header.count)),
  });
}

function goodsItemOf(goods: Element, headerCount: number): GoodsItem {
  const group = child(child(goods, 'GoodsGroupDescription'), 'GoodsGroupInformation');
  const preference = child(goods, 'Preferencii');
  const procedure = child(goods, 'ESADCustomsProcedure');
  const supplementary = child(goods, 'SupplementaryGoodsQuantity');
  return compact({
    number: numberOf(goods, 'GoodsNumeric'),
    description: descriptionOf(goods),
    trademark: textOf(group, 'TradeMark'),
    manufacturer: textOf(group, 'Manufacturer'),
    ...packagingOf(goods),
    hsCode: textOf(goods, 'GoodsTNVEDCode'),
    originCountry: textOf(goods, 'OriginCountryCode'),
    grossMass: numberOf(goods, 'GrossWeightQuantity'),
    preference: preference
      ? ['CustomsTax', 'CustomsDuty', 'Excise', 'Rate'].map((name) => textOf(preference, name) ?? '').join('')
      : undefined,
    procedureCode: textOf(procedure, 'MainCustomsModeCode'),
    previousProcedureCode: textOf(procedure, 'PrecedingCustomsModeCode'),
    procedureFeature: textOf(procedure, 'GoodsTransferFeature'),
    netMass: numberOf(goods, 'NetWeightQuantity'),
    supplementaryQuantity: numberOf(supplementary, 'GoodsQuantity'),
    supplementaryUnitCode: textOf(supplementary, 'MeasureUnitQualifierCode'),
    invoiceValue: numberOf(goods, 'InvoicedCost'),
    valuationMethod: textOf(goods, 'CustomsCostCorrectMethod'),
    documents: nonEmpty(documentsOf(goods).slice(headerCount)),
    customsValue: numberOf(goods, 'CustomsCost'),
    statisticalValue: numberOf(goods, 'StatisticalCost'),
    payments: nonEmpty(
      children(goods, 'ESADout_CUCustomsPaymentCalculation').map((line) => {
        const rate = textOf(line, 'Rate');
        const type = textOf(line, 'RateTypeCode');
        const currency = nameOf(rateCurrencies, textOf(line, 'RateCurrencyCode'));
        const unit = nameOf(rateUnits, textOf(line, 'RateTNVEDQualifierCode'));
        const specific = currency ? `${rate} ${currency}${unit ? `/${unit}` : ''}` : rate;
        return compact({
          typeCode: textOf(line, 'PaymentModeCode'),
          base: numberOf(line, 'TaxBase'),
          rate: rate === undefined ? undefined : type === '%' ? `${rate}%` : specific,
          amount: numberOf(line, 'PaymentAmount'),
          methodCode: textOf(line, 'PaymentCode'),
        });
      }),
    ),
  });
}

function transitOf(esad: Element): TransitDeclaration {
  const shipment = child(esad, 'ESADout_CUGoodsShipment');
  const consignment = child(shipment, 'ESADout_CUConsigment');
  const terms = child(shipment, 'ESADout_CUMainContractTerms');
  const guarantee = child(shipment, 'TDGuarantee');
  const goods = children(shipment, 'ESADout_CUGoods');
  const header = headerDocuments(goods);
  const sealIds = children(esad, 'SealId').map((e) => e.textContent?.trim() ?? '');
  const sealCount = numberOf(esad, 'SealQuantity');
  return compact({
    declarationType: latin(textOf(esad, 'CustomsProcedure')),
    consignor: partyOf(child(shipment, 'ESADout_CUConsignor')),
    totalItems: numberOf(shipment, 'TotalGoodsNumber'),
    totalPackages: numberOf(shipment, 'TotalPackageNumber'),
    consignee: partyOf(child(shipment, 'ESADout_CUConsignee')),
    ...shipmentOf(consignment, terms),
    borderTransportMode: textOf(child(consignment, 'ESADout_CUBorderTransport'), 'TransportModeCode'),
    declarant: partyOf(child(shipment, 'ESADout_CUDeclarant')),
    carrier: partyOf(child(shipment, 'ESADout_CUCarrier')),
    security: guarantee
      ? compact({
          methodCode: textOf(guarantee, 'MeasureCode'),
          certificateNumber: textOf(guarantee, 'DocNumber'),
          amount: numberOf(guarantee, 'GuaranteeAmount'),
        })
      : undefined,
    transitOffices: nonEmpty(
      children(consignment, 'BorderCustomsOffice').flatMap((office) => textOf(office, 'Code') ?? []),
    ),
    departureOffice: textOf(child(shipment, 'ESADout_CUGoodsLocation'), 'CustomsOffice'),
    destinationOffice: textOf(child(child(consignment, 'TDDeliveryPlace'), 'DeliveryCustomsOffice'), 'Code'),
    seals:
      sealIds.length > 0
        ? sealIds.map((identification) =>
            compact({
              count: sealIds.length === 1 ? sealCount : undefined,
              identification: identification || undefined,
            }),
          )
        : sealCount !== undefined
          ? [{ count: sealCount }]
          : undefined,
    documents: header.documents,
    preliminaryInformationNumber: header.preliminary,
    filler: fillerOf(esad),
    items: goods.map((element) => transitItemOf(element, header.count)),
  });
}

function transitItemOf(goods: Element, headerCount: number): TransitItem {
  const previous = children(goods, 'ESADout_CUPrecedingDocument').find((e) => !namedPreceding(e));
  return compact({
    number: numberOf(goods, 'GoodsNumeric'),
    description: descriptionOf(goods),
    ...packagingOf(goods),
    containerNumbers: nonEmpty(
      children(goods, 'ESADContainer').flatMap((container) =>
        children(container, 'ContainerNumber').map((n) => textOf(n, 'ContainerIdentificaror') ?? ''),
      ),
    ),
    hsCode: textOf(goods, 'GoodsTNVEDCode'),
    grossMass: numberOf(goods, 'GrossWeightQuantity'),
    invoiceValue: numberOf(goods, 'InvoicedCost'),
    previousDocument: previous
      ? (textOf(previous, 'OtherPrDocumentNumber') ?? textOf(previous, 'PrecedingDocumentNumber'))
      : undefined,
    documents: nonEmpty(documentsOf(goods).slice(headerCount)),
  });
}

/** Boxes 15–22, shared by both kinds. */
function shipmentOf(consignment: Element | undefined, terms: Element | undefined) {
  const delivery = child(terms, 'CUESADDeliveryTerms');
  return {
    dispatchCountry: textOf(consignment, 'DispatchCountryCode'),
    destinationCountry: textOf(consignment, 'DestinationCountryCode'),
    departureTransport: transportOf(child(consignment, 'ESADout_CUDepartureArrivalTransport')),
    borderTransport: transportOf(child(consignment, 'ESADout_CUBorderTransport')),
    containers: booleanOf(consignment, 'ContainerIndicator'),
    deliveryTerms: delivery
      ? compact({ code: textOf(delivery, 'DeliveryTermsStringCode'), place: textOf(delivery, 'DeliveryPlace') })
      : undefined,
    invoiceCurrency: textOf(terms, 'ContractCurrencyCode'),
    totalInvoiceAmount: numberOf(terms, 'TotalInvoiceAmount'),
  };
}

type SupportingDocument = NonNullable<GoodsItem['documents']>[number];

function documentsOf(goods: Element, common = false): SupportingDocument[] {
  return children(goods, 'ESADout_CUPresentedDocument')
    .filter((d) => isCommon(d) === common)
    .map((d) =>
      compact({
        kindCode: textOf(d, 'PresentedDocumentModeCode'),
        number: textOf(d, 'PrDocumentNumber'),
        date: textOf(d, 'PrDocumentDate'),
      }),
    );
}

const isCommon = (document: Element) => textOf(document, 'RecordID')?.startsWith(commonDocumentRecord) === true;

/**
 * Box 44 is an item's box; the model also keeps documents common to every item. They are written
 * in every item marked by RecordID (esad-names.ts), and read from the first. A file without the
 * marks (other software) gives the documents every item begins with as the common ones — when
 * there are two items or more: with one, all stay the item's. Box 40 entries named as a
 * preliminary information or a release-before-declaration application are the header's numbers.
 */
function headerDocuments(goods: Element[]) {
  const named = (name: string) =>
    goods
      .flatMap((g) => children(g, 'ESADout_CUPrecedingDocument'))
      .find((e) => textOf(e, 'PrecedingDocumentName') === name);
  const preliminary = textOf(named(precedingNames.preliminaryInformation), 'OtherPrDocumentNumber');
  const releaseBefore = textOf(named(precedingNames.releaseBeforeDeclaration), 'OtherPrDocumentNumber');
  const marked = goods.some((g) => children(g, 'ESADout_CUPresentedDocument').some(isCommon));
  if (marked) return { documents: nonEmpty(documentsOf(goods[0]!, true)), count: 0, preliminary, releaseBefore };
  if (goods.length < 2) return { documents: undefined, count: 0, preliminary, releaseBefore };
  const lists = goods.map((g) => documentsOf(g));
  let count = 0;
  const first = lists[0]!;
  while (count < first.length && lists.every((list) => same(list[count], first[count]))) count++;
  return { documents: nonEmpty(first.slice(0, count)), count, preliminary, releaseBefore };
}

const same = (a: SupportingDocument | undefined, b: SupportingDocument | undefined) =>
  a !== undefined && b !== undefined && a.kindCode === b.kindCode && a.number === b.number && a.date === b.date;

const namedPreceding = (e: Element) =>
  Object.values(precedingNames).includes(textOf(e, 'PrecedingDocumentName') as never);

function descriptionOf(goods: Element): string | undefined {
  // box 31 is split over up to four elements of 250 characters; a longer text goes whole in the
  // group's description, which may have more
  const main = children(goods, 'GoodsDescription')
    .map((e) => e.textContent ?? '')
    .join('');
  const group = children(child(goods, 'GoodsGroupDescription'), 'GoodsDescription')
    .map((e) => e.textContent ?? '')
    .join('');
  return (main !== '' && group.length > main.length && group.startsWith(main) ? group : main) || undefined;
}

function packagingOf(goods: Element) {
  const packaging = child(goods, 'ESADGoodsPackaging');
  return {
    packages: numberOf(packaging, 'PakageQuantity'),
    packageKindCode: textOf(child(packaging, 'PackagePalleteInformation'), 'PalleteCode'),
  };
}

export function partyOf(element: Element | undefined): Party | undefined {
  if (!element) return undefined;
  const kazakh = child(element, 'RKOrganizationFeatures');
  return compact({
    iinBin: textOf(kazakh, 'BIN') ?? textOf(kazakh, 'IIN') ?? textOf(child(element, 'UITN'), 'UITNCode'),
    name: textOf(element, 'OrganizationName'),
    address: addressOf(child(element, 'SubjectAddressDetails')),
  });
}

function addressOf(address: Element | undefined): Party['address'] {
  if (!address) return undefined;
  return compact({
    countryCode: textOf(address, 'CountryCode'),
    region: textOf(address, 'Region'),
    city: textOf(address, 'City'),
    street: textOf(address, 'StreetHouse'),
    postalCode: textOf(address, 'PostalCode'),
  });
}

function transportOf(element: Element | undefined) {
  if (!element) return undefined;
  const means = child(element, 'RUTransportMeans');
  return compact({
    modeCode: textOf(element, 'TransportModeCode'),
    identification: textOf(means, 'TransportIdentifier'),
    countryCode: textOf(element, 'TransportNationalityCode') ?? textOf(means, 'TransportMeansNationalityCode'),
  });
}

const fillerOf = (esad: Element) => signatoryOf(child(esad, 'FilledPerson'), textOf(esad, 'ExecutionPlace'));

/** Box 54 (DTS: box 10): the person who filled the document, as the album's signatory details give them. */
export function signatoryOf(person: Element | undefined, place: string | undefined) {
  const signing = child(person, 'SigningDetails');
  const identity = child(person, 'SignatoryPersonIdentityDetails');
  const iin =
    textOf(identity, 'IdentityCardName') === fillerIinCardName ? textOf(identity, 'IdentityCardNumber') : undefined;
  if (!signing) return place === undefined ? undefined : { place };
  const surname = textOf(signing, 'PersonSurname');
  const name = textOf(signing, 'PersonName');
  return compact({
    name:
      [surname, name === surname ? undefined : name, textOf(signing, 'PersonMiddleName')].filter(Boolean).join(' ') ||
      undefined,
    position: textOf(signing, 'PersonPost'),
    iin,
    phone: textOf(child(signing, 'CommunicationDetails'), 'Phone'),
    date: textOf(signing, 'SigningDate')?.slice(0, 10),
    place,
  });
}

/** The Cyrillic letters of codes such as "ТТ", "ИМ", "ЭК" as the Latin ones the model uses. */
function latin(value: string | undefined): string | undefined {
  const letters: Record<string, string> = { Т: 'T', М: 'M', И: 'I', Э: 'E', К: 'K' };
  return value?.replace(/[ТМИЭК]/g, (letter) => letters[letter]!);
}

const nameOf = (codes: Record<string, string>, code: string | undefined) =>
  code === undefined ? undefined : Object.entries(codes).find(([, c]) => c === code)?.[0];

const nonEmpty = <T>(list: T[]): T[] | undefined => (list.length > 0 ? list : undefined);
