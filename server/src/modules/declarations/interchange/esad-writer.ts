import type {
  GoodsDeclaration,
  GoodsItem,
  Party,
  TransitDeclaration,
  TransitItem,
} from '@shekara/contracts/declarations/documents';
import { parseIinBin } from '@shekara/contracts/domain';
import { DOMParser } from '@xmldom/xmldom';
import {
  commonDocumentRecord,
  esadDocumentMode,
  esadNamespaces,
  fillerIinCardName,
  precedingNames,
  procedureCodes,
  rateCurrencies,
  rateUnits,
} from './esad-names.ts';
import { type NoteKind, notesFor } from './esad-notes.ts';
import { readEsad } from './esad-reader.ts';
import { el, required, serialise, type XmlNode } from './xml-builder.ts';

/**
 * Writes a goods or transit declaration as the ESADout_CU document of the album of formats
 * (5.23.0), box by box after the schema's annotations ("Гр. N"); docs/INTERCHANGE.md has the
 * table. What the model holds is written so that reading it back gives the same model
 * (esad-reader.ts is its mirror). What the album has no element for goes as notes
 * (esad-notes.ts): the document is written, read back, and each field that did not come back
 * equal is noted.
 */
export interface EsadEnvelope {
  /** the document's unique id (cat_ru:DocumentID), a UUID */
  documentId: string;
  /** when it was made (EDocDateTime), ISO 8601 without zone, Almaty time */
  madeAt: string;
}

export function writeGoodsEsad(document: GoodsDeclaration, envelope: EsadEnvelope): string {
  return withNotes('goods', document, (notes) => goodsEsad(document, envelope, notes));
}

export function writeTransitEsad(document: TransitDeclaration, envelope: EsadEnvelope): string {
  return withNotes('transit', document, (notes) => transitEsad(document, envelope, notes));
}

/** The document written, read back, and written again with notes of what did not come back. */
function withNotes(
  kind: NoteKind,
  document: GoodsDeclaration | TransitDeclaration,
  write: (notes: string[]) => string,
): string {
  const first = write([]);
  const root = new DOMParser().parseFromString(first, 'application/xml').documentElement;
  const notes = root ? notesFor(kind, document, readEsad(root as never).fields) : [];
  return notes.length > 0 ? write(notes) : first;
}

function goodsEsad(document: GoodsDeclaration, envelope: EsadEnvelope, notes: string[]): string {
  const items = document.items;
  const headerPreceding = [
    preceding(precedingNames.preliminaryInformation, document.preliminaryInformationNumber),
    preceding(precedingNames.releaseBeforeDeclaration, document.releaseBeforeDeclarationNumber),
  ];
  const common = (document.documents ?? []).map((d, i) => ({ ...d, record: `${commonDocumentRecord}${i + 1}` }));
  return esad(envelope, [
    el('CustomsProcedure', document.direction ? procedureCodes[document.direction] : 'ИМ'),
    el('CustomsModeCode', document.procedureCode),
    notes.map((line) => el('SealDescriptionText', line)),
    el('RecipientCountryCode', 'KZ'),
    el('ExecutionPlace', executionPlace(document.filler?.place)),
    el('RegNumberDoc', document.reference),
    required(
      'ESADout_CUGoodsShipment',
      el('catESAD_cu:TotalGoodsNumber', document.totalItems),
      el('catESAD_cu:TotalPackageNumber', document.totalPackages),
      el('catESAD_cu:TotalCustCost', document.totalCustomsValue),
      el('catESAD_cu:CustCostCurrencyCode', document.totalCustomsValue === undefined ? undefined : 'KZT'),
      party('ESADout_CUConsignor', document.consignor),
      party('ESADout_CUConsignee', document.consignee),
      party('ESADout_CUFinancialAdjustingResponsiblePerson', document.financialParty),
      party('ESADout_CUDeclarant', document.declarant) ?? required('ESADout_CUDeclarant'),
      goodsLocation(document.goodsLocation),
      consignment(document, document.inlandTransportMode, [document.borderOffice], undefined),
      el(
        'ESADout_CUMainContractTerms',
        el('catESAD_cu:ContractCurrencyCode', document.invoiceCurrency),
        el('catESAD_cu:ContractCurrencyRate', document.exchangeRate),
        el('catESAD_cu:TotalInvoiceAmount', document.totalInvoiceAmount),
        el('catESAD_cu:TradeCountryCode', document.tradingCountry),
        el('catESAD_cu:DealNatureCode', document.transactionNature),
        deliveryTerms(document.deliveryTerms),
      ),
      (items.length > 0 ? items : [{}]).map((item, index) =>
        goodsItem(item, index, [...common, ...(item.documents ?? [])], headerPreceding),
      ),
      el(
        'ESADout_CUPayments',
        (document.paymentDocuments ?? []).map((payment) =>
          el(
            'ESADout_CUCustomsPayment',
            required('catESAD_cu:PaymentModeCode', payment.typeCode ?? ''),
            required('catESAD_cu:PaymentAmount', payment.amount ?? 0),
            el(
              'PaymentDocument',
              el('cat_ru:PrDocumentNumber', payment.number),
              el('cat_ru:PrDocumentDate', payment.date),
            ),
          ),
        ),
      ),
    ),
    filledPerson(document.filler),
  ]);
}

function transitEsad(document: TransitDeclaration, envelope: EsadEnvelope, notes: string[]): string {
  const seals = document.seals ?? [];
  const items = document.items;
  const counts = seals.flatMap((seal) => (seal.count === undefined ? [] : [seal.count]));
  const sealCount = counts.reduce((total, count) => total + count, 0);
  const common = (document.documents ?? []).map((d, i) => ({ ...d, record: `${commonDocumentRecord}${i + 1}` }));
  const departureOffice = officeCode(document.departureOffice);
  return esad(envelope, [
    el('CustomsProcedure', 'ТТ'),
    counts.length > 0 && sealCount <= 999 ? el('SealQuantity', sealCount) : undefined,
    seals.map((seal) => el('SealId', sealId(seal.identification))),
    notes.map((line) => el('SealDescriptionText', line)),
    el('RecipientCountryCode', 'KZ'),
    el('ExecutionPlace', executionPlace(document.filler?.place)),
    required(
      'ESADout_CUGoodsShipment',
      el('catESAD_cu:TotalGoodsNumber', document.totalItems),
      el('catESAD_cu:TotalPackageNumber', document.totalPackages),
      party('ESADout_CUConsignor', document.consignor),
      party('ESADout_CUConsignee', document.consignee),
      party('ESADout_CUDeclarant', document.declarant) ?? required('ESADout_CUDeclarant'),
      party('ESADout_CUCarrier', document.carrier),
      departureOffice === undefined
        ? undefined
        : el('ESADout_CUGoodsLocation', el('CustomsOffice', departureOffice), el('CustomsCountryCode', 'KZ')),
      consignment(
        document,
        document.departureTransport?.modeCode,
        document.transitOffices ?? [],
        document.destinationOffice,
      ),
      el(
        'ESADout_CUMainContractTerms',
        el('catESAD_cu:ContractCurrencyCode', document.invoiceCurrency),
        el('catESAD_cu:TotalInvoiceAmount', document.totalInvoiceAmount),
        deliveryTerms(document.deliveryTerms),
      ),
      (items.length > 0 ? items : [{}]).map((item, index) =>
        transitItem(
          item,
          index,
          [...common, ...(item.documents ?? [])],
          [preceding(precedingNames.preliminaryInformation, document.preliminaryInformationNumber)],
        ),
      ),
      document.security
        ? el(
            'TDGuarantee',
            required('catESAD_cu:MeasureCode', document.security.methodCode ?? '00'),
            el('catESAD_cu:DocNumber', document.security.certificateNumber),
            el('catESAD_cu:GuaranteeAmount', document.security.amount),
          )
        : undefined,
    ),
    filledPerson(document.filler),
  ]);
}

function esad(envelope: EsadEnvelope, body: Parameters<typeof el>[1][]): string {
  const root = required(
    'ESADout_CU',
    el('cat_ru:DocumentID', envelope.documentId),
    required(
      'EECEDocHeaderAddInfo',
      el('RUScat_ru:EDocCode', 'R.036'),
      el('RUScat_ru:EDocDateTime', envelope.madeAt),
      el('RUScat_ru:LanguageCode', 'RU'),
    ),
    body,
  );
  return serialise(root, { ...esadNamespaces, DocumentModeID: esadDocumentMode });
}

/** A box 44 entry; `record` marks one of the documents common to every item. */
type SupportingDocument = NonNullable<GoodsItem['documents']>[number] & { record?: string };

/** Boxes 31–47 of one goods item. */
function goodsItem(item: GoodsItem, index: number, documents: SupportingDocument[], headerPreceding: XmlNode[]) {
  const group =
    item.trademark !== undefined || item.manufacturer !== undefined
      ? el(
          'catESAD_cu:GoodsGroupDescription',
          groupDescription(item.description),
          el(
            'catESAD_cu:GoodsGroupInformation',
            el('catESAD_cu:Manufacturer', item.manufacturer),
            el('catESAD_cu:TradeMark', item.trademark),
          ),
        )
      : undefined;
  const long = (item.description?.length ?? 0) > 1000;
  const preference = item.preference?.length === 7 ? item.preference : undefined;
  return required(
    'ESADout_CUGoods',
    required('catESAD_cu:GoodsNumeric', item.number ?? index + 1),
    chunks(item.description).map((part) => el('catESAD_cu:GoodsDescription', part)),
    el('catESAD_cu:GrossWeightQuantity', item.grossMass),
    el('catESAD_cu:NetWeightQuantity', item.netMass),
    el('catESAD_cu:InvoicedCost', item.invoiceValue),
    el('catESAD_cu:CustomsCost', item.customsValue),
    el('catESAD_cu:StatisticalCost', item.statisticalValue),
    el('catESAD_cu:GoodsTNVEDCode', item.hsCode),
    el('catESAD_cu:OriginCountryCode', item.originCountry),
    el('catESAD_cu:CustomsCostCorrectMethod', item.valuationMethod),
    group ?? (long ? el('catESAD_cu:GoodsGroupDescription', groupDescription(item.description)) : undefined),
    preference
      ? el(
          'catESAD_cu:Preferencii',
          el('catESAD_cu:CustomsTax', preference.slice(0, 2)),
          el('catESAD_cu:CustomsDuty', preference.slice(2, 4)),
          el('catESAD_cu:Excise', preference.slice(4, 5)),
          el('catESAD_cu:Rate', preference.slice(5, 7)),
        )
      : undefined,
    documents.map(presentedDocument),
    headerPreceding,
    (item.payments ?? []).map((line) => {
      const rate = rateOf(line.rate);
      return el(
        'ESADout_CUCustomsPaymentCalculation',
        required('catESAD_cu:PaymentModeCode', line.typeCode ?? ''),
        el('catESAD_cu:PaymentAmount', line.amount),
        el('catESAD_cu:TaxBase', line.base),
        el('catESAD_cu:Rate', rate?.value),
        el('catESAD_cu:RateTypeCode', rate?.type),
        el('catESAD_cu:RateCurrencyCode', rate?.currency),
        el('catESAD_cu:RateTNVEDQualifierCode', rate?.unit),
        el('catESAD_cu:PaymentCode', line.methodCode),
      );
    }),
    item.supplementaryQuantity === undefined
      ? undefined
      : el(
          'SupplementaryGoodsQuantity',
          el('cat_ru:GoodsQuantity', item.supplementaryQuantity),
          el('cat_ru:MeasureUnitQualifierCode', item.supplementaryUnitCode),
        ),
    packaging(item.packages, item.packageKindCode),
    item.procedureCode === undefined
      ? undefined
      : el(
          'ESADCustomsProcedure',
          el('catESAD_cu:MainCustomsModeCode', item.procedureCode),
          required('catESAD_cu:PrecedingCustomsModeCode', item.previousProcedureCode ?? '00'),
          required('catESAD_cu:GoodsTransferFeature', item.procedureFeature ?? '000'),
        ),
  );
}

/** Boxes 31–44 of one item of a transit declaration. */
function transitItem(item: TransitItem, index: number, documents: SupportingDocument[], headerPreceding: XmlNode[]) {
  return required(
    'ESADout_CUGoods',
    required('catESAD_cu:GoodsNumeric', item.number ?? index + 1),
    chunks(item.description).map((part) => el('catESAD_cu:GoodsDescription', part)),
    el('catESAD_cu:GrossWeightQuantity', item.grossMass),
    el('catESAD_cu:InvoicedCost', item.invoiceValue),
    el('catESAD_cu:GoodsTNVEDCode', item.hsCode),
    documents.map(presentedDocument),
    item.previousDocument === undefined
      ? undefined
      : el('ESADout_CUPrecedingDocument', el('catESAD_cu:OtherPrDocumentNumber', item.previousDocument)),
    headerPreceding,
    packaging(item.packages, item.packageKindCode),
    item.containerNumbers?.length
      ? el(
          'ESADContainer',
          item.containerNumbers.map((number) =>
            el('catESAD_cu:ContainerNumber', el('catESAD_cu:ContainerIdentificaror', number)),
          ),
        )
      : undefined,
  );
}

function presentedDocument(document: SupportingDocument): XmlNode {
  return el(
    'ESADout_CUPresentedDocument',
    el('cat_ru:PrDocumentNumber', document.number),
    el('cat_ru:PrDocumentDate', document.date),
    required('catESAD_cu:PresentedDocumentModeCode', document.kindCode ?? ''),
    el('catESAD_cu:RecordID', document.record),
  );
}

function preceding(name: string, number: string | undefined): XmlNode {
  if (number === undefined) return undefined;
  return el(
    'ESADout_CUPrecedingDocument',
    el('catESAD_cu:OtherPrDocumentNumber', number),
    el('catESAD_cu:PrecedingDocumentName', name),
  );
}

function packaging(packages: number | undefined, kind: string | undefined): XmlNode {
  return el(
    'ESADGoodsPackaging',
    el('catESAD_cu:PakageQuantity', packages),
    kind === undefined ? undefined : el('catESAD_cu:PackagePalleteInformation', el('catESAD_cu:PalleteCode', kind)),
  );
}

/** Boxes 15–21, 25, 26, 29, 53 (transit: its office of destination). */
function consignment(
  document: GoodsDeclaration | TransitDeclaration,
  departureMode: string | undefined,
  borderOffices: Array<string | undefined>,
  destinationOffice: string | undefined,
): XmlNode {
  const destination = officeCode(destinationOffice);
  return el(
    'ESADout_CUConsigment',
    el('catESAD_cu:ContainerIndicator', document.containers),
    el('catESAD_cu:DispatchCountryCode', document.dispatchCountry),
    el('catESAD_cu:DestinationCountryCode', document.destinationCountry),
    borderOffices.map((office) => el('catESAD_cu:BorderCustomsOffice', el('cat_ru:Code', officeCode(office)))),
    transport('ESADout_CUDepartureArrivalTransport', departureMode, document.departureTransport),
    transport('ESADout_CUBorderTransport', document.borderTransportMode, document.borderTransport),
    destination === undefined
      ? undefined
      : el('TDDeliveryPlace', el('DeliveryCustomsOffice', el('cat_ru:Code', destination))),
  );
}

type Transport = GoodsDeclaration['departureTransport'];

/**
 * Box 18 or 21: the vehicle and its mode. The album has one mode per element: box 25 (26) is
 * written, else the vehicle's own; a vehicle's mode that differs, or is absent, goes as a note.
 */
function transport(name: string, mode: string | undefined, means: Transport): XmlNode {
  return el(
    name,
    el('cat_ru:TransportModeCode', mode ?? means?.modeCode),
    el('cat_ru:TransportNationalityCode', means?.countryCode),
    means ? el('RUTransportMeans', el('cat_ru:TransportIdentifier', means.identification)) : undefined,
  );
}

function goodsLocation(location: GoodsDeclaration['goodsLocation']): XmlNode {
  if (!location) return undefined;
  return el(
    'ESADout_CUGoodsLocation',
    el('InformationTypeCode', location.kindCode),
    required('CustomsCountryCode', location.address?.countryCode ?? 'KZ'),
    el('GoodsLocationWarehouse', el('cat_ru:PrDocumentNumber', location.warehouseLicence)),
    address('Address', location.address),
  );
}

function deliveryTerms(terms: GoodsDeclaration['deliveryTerms']): XmlNode {
  return el(
    'catESAD_cu:CUESADDeliveryTerms',
    el('cat_ru:DeliveryPlace', terms?.place),
    el('cat_ru:DeliveryTermsStringCode', terms?.code),
  );
}

/** A party: its name, its Kazakh IIN or BIN (or a foreign number as UITN), its address. */
function party(name: string, value: Party | undefined): XmlNode {
  if (!value) return undefined;
  const id = value.iinBin;
  const kazakh = id === undefined ? undefined : parseIinBin(id);
  return el(
    name,
    el('cat_ru:OrganizationName', value.name),
    kazakh?.valid
      ? el('cat_ru:RKOrganizationFeatures', el(kazakh.number.kind === 'iin' ? 'cat_ru:IIN' : 'cat_ru:BIN', id))
      : undefined,
    id !== undefined && !kazakh?.valid ? el('RUScat_ru:UITN', el('RUScat_ru:UITNCode', id)) : undefined,
    address('RUScat_ru:SubjectAddressDetails', value.address),
  );
}

function address(name: string, value: Party['address']): XmlNode {
  if (!value) return undefined;
  return el(
    name,
    el('RUScat_ru:PostalCode', value.postalCode),
    el('RUScat_ru:CountryCode', value.countryCode),
    el('RUScat_ru:Region', value.region),
    el('RUScat_ru:City', value.city),
    el('RUScat_ru:StreetHouse', value.street),
  );
}

type Filler = GoodsDeclaration['filler'];

/** Box 54: surname, name and patronymic from the one name the model keeps, split at spaces. */
function filledPerson(filler: Filler): XmlNode {
  if (!filler?.name) return undefined;
  const [surname = '', name, ...rest] = filler.name.trim().split(/\s+/);
  return el(
    'FilledPerson',
    el(
      'RUDECLcat:SigningDetails',
      el('cat_ru:PersonSurname', surname),
      el('cat_ru:PersonName', name ?? surname),
      el('cat_ru:PersonMiddleName', rest.join(' ')),
      el('cat_ru:PersonPost', filler.position),
      el('RUScat_ru:CommunicationDetails', el('cat_ru:Phone', filler.phone)),
      el('RUScat_ru:SigningDate', `${filler.date ?? '1970-01-01'}T00:00:00`),
    ),
    /^\d{12}$/.test(filler.iin ?? '')
      ? el(
          'RUDECLcat:SignatoryPersonIdentityDetails',
          el('RUScat_ru:IdentityCardName', fillerIinCardName),
          el('RUScat_ru:IdentityCardNumber', filler.iin),
          el('RUScat_ru:CountryCode', 'KZ'),
        )
      : undefined,
  );
}

/** The place of box 54 where the album has room for it (a city name, 35 characters). */
const executionPlace = (place: string | undefined) =>
  place !== undefined && place.length <= 35 && place.trim() === place ? place : undefined;

/** A customs office code as the album writes them: 2, 5 or 8 digits. */
const officeCode = (code: string | undefined) =>
  code !== undefined && /^(\d{2}|\d{5}|\d{8})$/.test(code) ? code : undefined;

/** A seal's mark where the album has room for it: a token of at most 20 characters. */
const sealId = (mark: string | undefined) =>
  mark !== undefined && mark.length <= 20 && /^\S+( \S+)*$/.test(mark) ? mark : undefined;

/** Box 31 for the description of the group: the whole text, in 250-character pieces, which may be many. */
function groupDescription(text: string | undefined): XmlNode[] {
  const parts: string[] = [];
  for (let at = 0; text && at < text.length; at += 250) parts.push(text.slice(at, at + 250));
  return parts.length > 0
    ? parts.map((part) => el('catESAD_cu:GoodsDescription', part))
    : [required('catESAD_cu:GoodsDescription', '-')];
}

/** Box 31 in the album's pieces of at most 250 characters (four at most: 1,000 characters). */
function chunks(text: string | undefined): string[] {
  if (!text) return [];
  const parts: string[] = [];
  for (let at = 0; at < text.length && parts.length < 4; at += 250) parts.push(text.slice(at, at + 250));
  return parts;
}

/**
 * Box 47's rate: "10%" as an ad valorem rate; "20000 KZT" and "0.5 EUR/kg" as specific ones, the
 * currency and the unit by their numeric codes. A rate in another form is left to a note.
 */
function rateOf(
  rate: string | undefined,
): { value: string; type: string; currency?: string; unit?: string } | undefined {
  const match = rate === undefined ? null : /^(\d{1,6}(?:\.\d{1,6})?)(?:(%)|(?: ([A-Z]{3})(?:\/(\S+))?))?$/.exec(rate);
  if (!match) return undefined;
  const [, value, percent, code, unitName] = match as unknown as [string, string, string?, string?, string?];
  const currency = code === undefined ? undefined : rateCurrencies[code];
  const unit = unitName === undefined ? undefined : rateUnits[unitName];
  if ((code !== undefined && !currency) || (unitName !== undefined && !unit)) return undefined;
  return { value, type: percent ? '%' : '*', ...(currency ? { currency } : {}), ...(unit ? { unit } : {}) };
}
