import type { PreliminaryInformation } from '@shekara/contracts/declarations/documents';
import type { Element } from '@xmldom/xmldom';
import { partyOf, signatoryOf } from './esad-reader.ts';
import { child, children, compact, numberOf, textOf } from './xml-dom.ts';

/**
 * Reads the preliminary information of road transport (AutoPreliminary of the album of formats
 * 5.23.0) into a `preliminary` document of the arrival notification subkind: who gives it, the
 * carrier, the office of arrival, the vehicle, and the goods of every consignment with the
 * transport document they travel under. Elements are matched by local name.
 */
export type PreliminaryFields = { kind: 'preliminary'; fields: PreliminaryInformation };

export function readAutoPreliminary(root: Element): PreliminaryFields {
  const transport = child(root, 'BorderTransportDetails');
  const vehicle = child(transport, 'PIATTransportMeansItemDetails');
  const main = child(root, 'MainConsignmentDetails');
  const consignments = children(main, 'ConsignmentDetails');
  const goods = consignments.flatMap((consignment) => {
    const document = child(consignment, 'TransportDocumentDetails');
    const transportDocument = document
      ? compact({
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
  });
  return {
    kind: 'preliminary',
    fields: compact({
      subkind: 'arrival_notification' as const,
      declarant: partyOf(child(root, 'DeclarantDetails')),
      carrier: partyOf(child(root, 'CarrierDetails')),
      arrivalOffice: textOf(child(root, 'EntryCheckPointDetails'), 'CustomsOfficeCode'),
      transport: transport
        ? compact({
            modeCode: textOf(transport, 'TransportModeCode'),
            identification: textOf(vehicle, 'TransportMeansRegId'),
            countryCode: textOf(vehicle, 'TransportMeansCountryCode'),
          })
        : undefined,
      dispatchCountry: consignments.map((c) => textOf(c, 'DispatchCountryCode')).find(Boolean),
      goods: goods.length > 0 ? goods : undefined,
      filler: signatoryOf(child(main, 'SignatoryPersonDetails'), undefined),
    }),
  };
}
