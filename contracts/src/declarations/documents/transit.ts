import { z } from 'zod';
import { amount, code, filler, isoDate, party, seal, shipment, supportingDocument, text } from './common.ts';

/**
 * The transit declaration (ТД), after the form and filling rules of the transit declaration
 * adopted by EEC Commission Decision No. 257 of 20.05.2010: the principal's goods carried under
 * customs transit from the office of departure to the office of destination, with the term of
 * delivery the office of departure sets. Field comments give the box.
 */
export const maxTransitItems = 999;

export const transitItem = z
  .object({
    /** box 32 */
    number: z.number().int().min(1).max(maxTransitItems).optional(),
    /** box 31: description of the goods, marks */
    description: text(2000).optional(),
    /** box 31: number of packages and their kind */
    packages: z.number().int().min(0).max(1e9).optional(),
    packageKindCode: code(2).optional(),
    /** box 31: containers the item is in */
    containerNumbers: z.array(text(20)).max(50).optional(),
    /** box 33: TN VED code, at least 6 digits for transit */
    hsCode: code(10).optional(),
    /** box 35, kg */
    grossMass: amount.optional(),
    /** box 42: value of the item in the invoice currency */
    invoiceValue: amount.optional(),
    /** box 40: previous document (a goods declaration, a notice of temporary storage…) */
    previousDocument: text(100).optional(),
    /** box 44 */
    documents: z.array(supportingDocument).max(99).optional(),
  })
  .strict();
export type TransitItem = z.infer<typeof transitItem>;

export const transitDeclaration = z
  .object({
    /** box 1: TT for customs transit */
    declarationType: code(2).optional(),
    /** box 2: consignor */
    consignor: party.optional(),
    /** box 5: number of goods items */
    totalItems: z.number().int().min(0).max(maxTransitItems).optional(),
    /** box 6: total packages */
    totalPackages: z.number().int().min(0).max(1e9).optional(),
    /** box 8: consignee */
    consignee: party.optional(),
    /** boxes 15–22; box 18 is the vehicle carrying the goods, box 21 the active one crossing the border */
    ...shipment,
    /** box 25: transport mode at the border */
    borderTransportMode: code(2).optional(),
    /** box 50: the principal, who declares the transit (the declarant) */
    declarant: party.optional(),
    /** the carrier, when not the principal */
    carrier: party.optional(),
    /** box 51: countries of the route and the offices of transit, in order */
    route: z.array(code(2)).max(30).optional(),
    transitOffices: z.array(code(8)).max(30).optional(),
    /** box 52: security of the payment of duties (method code and amount in tenge) */
    security: z
      .object({ methodCode: code(2).optional(), amount: amount.optional(), certificateNumber: text(100).optional() })
      .strict()
      .optional(),
    /** box C: office of departure; box 53: office of destination */
    departureOffice: code(8).optional(),
    destinationOffice: code(8).optional(),
    /** box D: seals put by the office of departure */
    seals: z.array(seal).max(99).optional(),
    /** box D: the term of delivery the goods must arrive by (YYYY-MM-DD) */
    deliveryTerm: isoDate.optional(),
    /** box 44 at header level: transport and commercial documents */
    documents: z.array(supportingDocument).max(99).optional(),
    /** box 40 at header level: the preliminary information the goods arrived under, by its registration number (ACC-16) */
    preliminaryInformationNumber: text(20).optional(),
    /** box 54 */
    filler: filler.optional(),
    /** boxes 31–44 */
    items: z.array(transitItem).max(maxTransitItems),
  })
  .strict();
export type TransitDeclaration = z.infer<typeof transitDeclaration>;
