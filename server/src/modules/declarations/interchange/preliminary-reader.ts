import type { PreliminaryInformation } from '@shekara/contracts/declarations/documents';
import type { Element } from '@xmldom/xmldom';
import { partyOf, signatoryOf } from './esad-reader.ts';
import { child, children, compact, nonEmpty, numberOf, textOf } from './xml-dom.ts';

/**
 * Reads the preliminary information of the album of formats 5.23.0 — road (AutoPreliminary), air
 * (AirPreliminary), rail (RWPreliminary) and sea (SeaPreliminary) — into a `preliminary` document
 * of the arrival notification subkind: who gives it, the carrier, the office of arrival and when,
 * the vehicle, the planned place of temporary storage, and the goods of every consignment with the
 * transport document they travel under. The four share the Union's common parts (parties, goods,
 * consignments); they differ in where the consignments sit and how the vehicle is named. Elements
 * are matched by local name. What the model has no place for is left out (docs/INTERCHANGE.md).
 */
export type PreliminaryFields = { kind: 'preliminary'; fields: PreliminaryInformation };

type Transport = PreliminaryInformation['transport'];

/** Road: the truck is the first of up to three vehicles (the others are its trailers); the consignments are in MainConsignmentDetails. */
export function readAutoPreliminary(root: Element): PreliminaryFields {
  const transport = child(root, 'BorderTransportDetails');
  const truck = child(transport, 'PIATTransportMeansItemDetails');
  const arrivalOffice = textOf(child(root, 'EntryCheckPointDetails'), 'CustomsOfficeCode');
  const main = child(root, 'MainConsignmentDetails');
  return preliminaryOf(root, {
    expectedArrival: arrivalOffice === undefined ? undefined : routeDateAt(transport, arrivalOffice),
    transport: transportOf(transport, textOf(truck, 'TransportMeansRegId'), textOf(truck, 'TransportMeansCountryCode')),
    consignments: children(main, 'ConsignmentDetails'),
    signatory: child(main, 'SignatoryPersonDetails'),
  });
}

/** Air: the aircraft by its registration (else its flight), its nationality, the planned arrival time. */
export function readAirPreliminary(root: Element): PreliminaryFields {
  const transport = child(root, 'BorderTransportDetails');
  const flight = child(transport, 'FlightDetails');
  const flightNumber = flight
    ? [textOf(flight, 'AirlineId'), textOf(flight, 'FlightId')].filter(Boolean).join(' ')
    : undefined;
  return fromConsignments(root, {
    expectedArrival: localTime(textOf(root, 'ArrivalDateTime')),
    transport: transportOf(
      transport,
      textOf(transport, 'AirRegNumber') ?? (flightNumber || undefined),
      textOf(transport, 'AirNationalityCode'),
    ),
  });
}

/** Rail: the first wagon (or container on a platform) by its number; the album gives no country for it. */
export function readRailPreliminary(root: Element): PreliminaryFields {
  const transport = child(root, 'BorderTransportDetails');
  const wagon = child(transport, 'TransportMeansDetails');
  return fromConsignments(root, {
    expectedArrival: undefined,
    transport: transportOf(transport, textOf(wagon, 'TransportMeansRegId'), undefined),
  });
}

/** Sea: the vessel by its name (else its IMO number), its flag, the planned arrival time. */
export function readSeaPreliminary(root: Element): PreliminaryFields {
  const transport = child(root, 'BorderTransportDetails');
  const imo = textOf(transport, 'ShipIMONumber');
  return fromConsignments(root, {
    expectedArrival: localTime(textOf(root, 'ArrivalDateTime')),
    transport: transportOf(
      transport,
      textOf(transport, 'ShipName') ?? (imo ? `IMO ${imo}` : undefined),
      textOf(transport, 'NationalityCode'),
    ),
  });
}

/** Air, rail and sea: the consignments at the document's top, each with its own signatory. */
function fromConsignments(
  root: Element,
  read: { expectedArrival: string | undefined; transport: Transport },
): PreliminaryFields {
  const consignments = children(root, 'ConsignmentDetails');
  return preliminaryOf(root, {
    ...read,
    consignments,
    signatory: consignments.map((c) => child(c, 'SignatoryPersonDetails')).find(Boolean),
  });
}

function preliminaryOf(
  root: Element,
  read: {
    expectedArrival: string | undefined;
    transport: Transport;
    consignments: Element[];
    signatory: Element | undefined;
  },
): PreliminaryFields {
  const goods = read.consignments.flatMap(goodsOf);
  return {
    kind: 'preliminary',
    fields: compact({
      subkind: 'arrival_notification' as const,
      declarant: partyOf(child(root, 'DeclarantDetails')),
      carrier: partyOf(child(root, 'CarrierDetails')),
      arrivalOffice: textOf(child(root, 'EntryCheckPointDetails'), 'CustomsOfficeCode'),
      expectedArrival: read.expectedArrival,
      transport: read.transport,
      dispatchCountry: read.consignments.map((c) => textOf(c, 'DispatchCountryCode')).find(Boolean),
      goods: goods.length > 0 ? goods : undefined,
      temporaryStorage: read.consignments.map(storageOf).find(Boolean),
      filler: signatoryOf(read.signatory, undefined),
    }),
  };
}

/** The transport's mode and the one vehicle the model holds. */
function transportOf(transport: Element | undefined, identification: string | undefined, country: string | undefined) {
  if (!transport) return undefined;
  return nonEmpty({ modeCode: textOf(transport, 'TransportModeCode'), identification, countryCode: country });
}

/** A consignment's goods items, each with the consignment's transport document. */
function goodsOf(consignment: Element) {
  const document = child(consignment, 'TransportDocumentDetails');
  const transportDocument = document
    ? nonEmpty({
        kindCode: textOf(document, 'DocKindCode'),
        number: textOf(document, 'PrDocumentNumber'),
        date: textOf(document, 'PrDocumentDate'),
      })
    : undefined;
  return children(consignment, 'GoodsItem').map((item) =>
    compact({
      number: numberOf(item, 'GoodsNumeric'),
      description:
        children(item, 'GoodsDescription')
          .map((e) => e.textContent ?? '')
          .join('') || undefined,
      hsCode: textOf(item, 'GoodsTNVEDCode'),
      packages: numberOf(child(item, 'CargoPackagePalletDetails'), 'PakageQuantity'),
      grossMass: numberOf(item, 'GrossWeightQuantity'),
      transportDocument,
    }),
  );
}

/**
 * The planned place of temporary storage (`UnloadWarehouseDetails`) as the model's warehouse: the
 * warehouse keeper's number in the register of temporary storage warehouses, or else the number of
 * the document that allows storage elsewhere. The first consignment that names one gives it.
 */
function storageOf(consignment: Element) {
  const warehouse = child(consignment, 'UnloadWarehouseDetails');
  if (!warehouse) return undefined;
  const licence =
    textOf(child(warehouse, 'RegisterDocumentIdDetails'), 'RegistrationNumberId') ??
    textOf(child(warehouse, 'GoodsLocationDocDetails'), 'PrDocumentNumber');
  return licence === undefined ? undefined : { warehouseLicence: licence };
}

/**
 * Road: the album has no arrival time, but the route (`ItineraryPointDetails`) may date the point
 * at the office of arrival; that day is when the truck is expected.
 */
function routeDateAt(transport: Element | undefined, office: string): string | undefined {
  return children(transport, 'ItineraryPointDetails')
    .filter((point) => textOf(point, 'CustomsOfficeCode') === office)
    .map((point) => textOf(point, 'Date'))
    .find(Boolean);
}

/** xs:dateTime as the model's local time, YYYY-MM-DDTHH:MM: the time as written, without seconds or offset. */
function localTime(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.exec(value)?.[0] ?? value.slice(0, 25);
}
