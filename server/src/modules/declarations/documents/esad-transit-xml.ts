import type { Party, TransitDeclaration, TransitItem } from '@shekara/contracts/declarations/documents';
import { parseXml, type XmlLimits, XmlRefused } from '@shekara/nca';
import type { Document, Element } from '@xmldom/xmldom';
import { parseDocument } from './parse-document.ts';

/**
 * Reads a transit declaration in the ESADout_CU format of the FCS album of formats (5.x) — as
 * other declaration software writes it (WD-7) — into the transit model, either bare or wrapped in
 * an ED_Container. Elements are matched by local name, so the album's namespace versions may
 * differ. What the model has no box for (inventories, archive ids) is left out; the result is
 * bounded by the model like any document and refused with DECL_DOCUMENT_INVALID when it does not fit.
 */
export const maxEsadLength = 10 * 1024 * 1024;

export class EsadRefused extends Error {
  override readonly name = 'EsadRefused';
}

/**
 * The shape an imported file may have: ESADout_CU nests 9 deep inside an ED_Container, with some
 * 130 elements an item (a 999-item declaration: about 130,000), one attribute an element and a
 * few dozen namespaces. Within these and DECLARATION_DOCUMENT_MAX_BYTES, the worst file parses in
 * a few seconds of a worker thread.
 */
const esadLimits: XmlLimits = {
  maxDepth: 32,
  maxElements: 200_000,
  maxAttributes: 32,
  maxNamespaceDeclarations: 128,
  maxTextLength: 1024 * 1024,
};

export function readEsadTransitXml(xml: string): TransitDeclaration {
  return parseDocument('transit', esadTransitFields(xml));
}

/** What the file says, box by box, before the model reads it; EsadRefused when it is not such a file. */
export function esadTransitFields(xml: string): unknown {
  const esad = findEsad(parse(xml));
  const shipment = child(esad, 'ESADout_CUGoodsShipment');
  if (!shipment) throw new EsadRefused('ESADout_CUGoodsShipment is missing');
  const consignment = child(shipment, 'ESADout_CUConsigment');
  const terms = child(shipment, 'ESADout_CUMainContractTerms');
  const departure = child(consignment, 'ESADout_CUDepartureArrivalTransport');
  const border = child(consignment, 'ESADout_CUBorderTransport');
  const guarantee = child(shipment, 'TDGuarantee');
  const signing = child(child(esad, 'FilledPerson'), 'SigningDetails');
  const document: TransitDeclaration = {
    declarationType: latin(textOf(esad, 'CustomsProcedure')),
    consignor: partyOf(child(shipment, 'ESADout_CUConsignor')),
    totalItems: numberOf(shipment, 'TotalGoodsNumber'),
    totalPackages: numberOf(shipment, 'TotalPackageNumber'),
    consignee: partyOf(child(shipment, 'ESADout_CUConsignee')),
    dispatchCountry: textOf(consignment, 'DispatchCountryCode'),
    destinationCountry: textOf(consignment, 'DestinationCountryCode'),
    departureTransport: transportOf(departure),
    borderTransport: transportOf(border),
    containers: booleanOf(consignment, 'ContainerIndicator'),
    invoiceCurrency: textOf(terms, 'ContractCurrencyCode'),
    totalInvoiceAmount: numberOf(terms, 'TotalInvoiceAmount'),
    borderTransportMode: textOf(border, 'TransportModeCode'),
    declarant: partyOf(child(shipment, 'ESADout_CUDeclarant')),
    carrier: partyOf(child(shipment, 'ESADout_CUCarrier')),
    security: guarantee
      ? compact({
          methodCode: textOf(guarantee, 'MeasureCode'),
          certificateNumber: textOf(guarantee, 'DocNumber'),
          amount: numberOf(guarantee, 'GuaranteeAmount'),
        })
      : undefined,
    destinationOffice: textOf(child(child(consignment, 'TDDeliveryPlace'), 'DeliveryCustomsOffice'), 'Code'),
    filler: signing
      ? compact({
          name:
            [textOf(signing, 'PersonSurname'), textOf(signing, 'PersonName'), textOf(signing, 'PersonMiddleName')]
              .filter(Boolean)
              .join(' ') || undefined,
          position: textOf(signing, 'PersonPost'),
          phone: textOf(child(signing, 'CommunicationDetails'), 'Phone'),
          date: textOf(signing, 'SigningDate')?.slice(0, 10),
        })
      : undefined,
    items: children(shipment, 'ESADout_CUGoods').map(itemOf),
  };
  return compact(document);
}

function itemOf(goods: Element): TransitItem {
  const packaging = child(goods, 'ESADGoodsPackaging');
  return compact({
    number: numberOf(goods, 'GoodsNumeric'),
    // box 31 may be split over several elements of up to 250 characters
    description:
      children(goods, 'GoodsDescription')
        .map((e) => e.textContent ?? '')
        .join(' ')
        .trim() || undefined,
    packages: numberOf(packaging, 'PakageQuantity'),
    hsCode: textOf(goods, 'GoodsTNVEDCode'),
    grossMass: numberOf(goods, 'GrossWeightQuantity'),
    invoiceValue: numberOf(goods, 'InvoicedCost'),
    documents: children(goods, 'ESADout_CUPresentedDocument').map((d) =>
      compact({
        kindCode: textOf(d, 'PresentedDocumentModeCode'),
        number: textOf(d, 'PrDocumentNumber'),
        date: textOf(d, 'PrDocumentDate'),
      }),
    ),
  });
}

function partyOf(element: Element | undefined): Party | undefined {
  if (!element) return undefined;
  const address = child(element, 'SubjectAddressDetails');
  const identifier =
    textOf(child(element, 'UITN'), 'UITNCode') ??
    textOf(child(element, 'RKOrganizationFeatures'), 'BIN') ??
    textOf(child(element, 'RKOrganizationFeatures'), 'IIN');
  return compact({
    iinBin: identifier,
    name: textOf(element, 'OrganizationName'),
    address: address
      ? compact({
          countryCode: textOf(address, 'CountryCode'),
          region: textOf(address, 'Region'),
          city: textOf(address, 'City'),
          street: textOf(address, 'StreetHouse'),
          postalCode: textOf(address, 'PostalCode'),
        })
      : undefined,
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

/** The Cyrillic letters of codes such as "ТТ" as the Latin ones the model uses. */
function latin(value: string | undefined): string | undefined {
  return value?.replace(/[ТМ]/g, (letter) => ({ Т: 'T', М: 'M' })[letter]!);
}

/** The signature library's parser: no DTD (no entity expansion), every complaint fatal, the shape bounded. */
function parse(xml: string): Document {
  if (xml.length > maxEsadLength) throw new EsadRefused(`document longer than ${maxEsadLength} characters`);
  try {
    return parseXml(xml, esadLimits);
  } catch (error) {
    if (error instanceof XmlRefused) throw new EsadRefused(error.message);
    throw error;
  }
}

function findEsad(document: Document): Element {
  const root = document.documentElement;
  if (root?.localName === 'ESADout_CU') return root;
  const found = root ? elementsOf(root.getElementsByTagNameNS('*', 'ESADout_CU'))[0] : undefined;
  if (!found) throw new EsadRefused('no ESADout_CU document');
  return found;
}

function elementsOf(list: { length: number; item(index: number): Element | null }): Element[] {
  return Array.from({ length: list.length }, (_, i) => list.item(i)!);
}

function children(parent: Element | undefined, name: string): Element[] {
  if (!parent) return [];
  const found: Element[] = [];
  for (let node = parent.firstChild; node; node = node.nextSibling)
    if (node.nodeType === 1 && (node as Element).localName === name) found.push(node as Element);
  return found;
}

const child = (parent: Element | undefined, name: string): Element | undefined => children(parent, name)[0];

function textOf(parent: Element | undefined, name: string): string | undefined {
  const value = child(parent, name)?.textContent?.trim();
  return value ? value : undefined;
}

function numberOf(parent: Element | undefined, name: string): number | undefined {
  const value = textOf(parent, name);
  return value !== undefined && Number.isFinite(Number(value)) ? Number(value) : undefined;
}

function booleanOf(parent: Element | undefined, name: string): boolean | undefined {
  const value = textOf(parent, name);
  return value === undefined ? undefined : value === 'true' || value === '1';
}

/** The object without its undefined fields, so that the model sees only what the XML says. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
