import { z } from 'zod';
import { amount, code, driver, filler, isoDate, party, seal, supportingDocument, text, vehicle } from './common.ts';

/**
 * The delivery control document (ДКД, WD-6): issued when goods enter at the border so that the
 * carrier delivers them to the office of destination within the term set; the office of
 * destination closes it on arrival.
 */
export const maxDeliveryItems = 999;

export const deliveryItem = z
  .object({
    number: z.number().int().min(1).max(maxDeliveryItems).optional(),
    description: text(2000).optional(),
    /** TN VED code, at least 4 digits */
    hsCode: code(10).optional(),
    packages: z.number().int().min(0).max(1e9).optional(),
    /** kg */
    grossMass: amount.optional(),
    /** in the invoice currency of the document */
    invoiceValue: amount.optional(),
  })
  .strict();

export const deliveryControlDocument = z
  .object({
    /** the person who files the document: the carrier, forwarder or consignee */
    declarant: party.optional(),
    carrier: party.optional(),
    consignor: party.optional(),
    consignee: party.optional(),
    vehicle: vehicle.optional(),
    driver: driver.optional(),
    /** the office of departure (where the goods entered) and the office of destination */
    departureOffice: code(8).optional(),
    destinationOffice: code(8).optional(),
    /** the term of delivery (YYYY-MM-DD) */
    deliveryTerm: isoDate.optional(),
    dispatchCountry: code(2).optional(),
    invoiceCurrency: code(3).optional(),
    seals: z.array(seal).max(99).optional(),
    documents: z.array(supportingDocument).max(99).optional(),
    filler: filler.optional(),
    items: z.array(deliveryItem).max(maxDeliveryItems),
  })
  .strict();
export type DeliveryControlDocument = z.infer<typeof deliveryControlDocument>;
