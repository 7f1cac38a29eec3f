import { z } from 'zod';
import { address, amount, code, filler, isoDate, text } from './common.ts';

/**
 * The passenger customs declaration (пассажирская таможенная декларация, form of EEC Commission
 * Decision No. 287 of 18.06.2010): an individual declares goods for personal use carried across
 * the border — in accompanied or unaccompanied baggage, or sent to them — with the cash and
 * monetary instruments above the threshold and the vehicles for personal use. The boxes follow
 * the paper form from the top: 1 the declarant, 2 how the goods move, 3 cash and instruments,
 * 4 vehicles, 5 the goods, then the date and signature.
 */
export const maxPassengerGoods = 200;
export const maxCashLines = 30;
export const maxPassengerVehicles = 5;

/** Box 1: the individual declaring — who they are and the document they cross the border with. */
export const passengerDeclarant = z
  .object({
    /** the individual's IIN (a Kazakh citizen or resident); the system files for IIN holders */
    iinBin: text(20).optional(),
    /** surname, name, patronymic as in the identity document */
    name: text(300).optional(),
    identityDocument: z
      .object({
        /** passport, identity card, residence permit… */
        kind: z.enum(['passport', 'id_card', 'residence_permit', 'other']).optional(),
        series: text(20).optional(),
        number: text(50).optional(),
        issuedOn: isoDate.optional(),
        /** the country that issued it (alpha-2) */
        countryCode: code(2).optional(),
      })
      .strict()
      .optional(),
    /** citizenship (alpha-2) */
    citizenship: code(2).optional(),
    /** the address of permanent residence or of stay in the Union */
    address: address.optional(),
  })
  .strict();

/** Box 3: cash and traveller's cheques (`cash`) and other monetary instruments, by currency. */
export const cashLine = z
  .object({
    /** cash (banknotes and coins), traveller's cheques, or another monetary instrument */
    kind: z.enum(['cash', 'travellers_cheques', 'monetary_instrument']).optional(),
    /** ISO 4217 alphabetic code */
    currency: code(3).optional(),
    amount: amount.optional(),
    /** for a monetary instrument: what it is (bill, cheque, security) and its issuer */
    description: text(300).optional(),
  })
  .strict();

/** Box 4: a vehicle for personal use crossing with the declarant. */
export const personalVehicle = z
  .object({
    kind: z.enum(['car', 'motorcycle', 'trailer', 'watercraft', 'aircraft', 'other']).optional(),
    make: text(100).optional(),
    model: text(100).optional(),
    /** VIN, body or chassis number */
    vin: text(40).optional(),
    registrationNumber: text(50).optional(),
    /** country of registration (alpha-2) */
    countryCode: code(2).optional(),
    year: z.number().int().min(1800).max(2200).optional(),
    value: amount.optional(),
    currency: code(3).optional(),
  })
  .strict();

/** Box 5: one line of goods for personal use. */
export const passengerGoods = z
  .object({
    number: z.number().int().min(1).max(maxPassengerGoods).optional(),
    description: text(500).optional(),
    quantity: amount.optional(),
    /** the unit the quantity is in, as written (pieces, litres, pairs) */
    unit: text(30).optional(),
    /** the value, in `currency` */
    value: amount.optional(),
    /** ISO 4217 alphabetic code */
    currency: code(3).optional(),
    /** kg: the unified rate's norm weighs the goods together */
    massKg: amount.optional(),
  })
  .strict();

export const passengerDeclaration = z
  .object({
    declarant: passengerDeclarant.optional(),
    /** entry into the customs territory of the Union, or exit from it */
    direction: z.enum(['entry', 'exit']).optional(),
    /** the country the declarant comes from (entry) or goes to (exit), alpha-2 */
    departureCountry: code(2).optional(),
    destinationCountry: code(2).optional(),
    /**
     * Box 2: how the goods move — accompanied baggage (with the declarant), unaccompanied baggage
     * (sent ahead or after), or delivered by post or a carrier to the declarant.
     */
    movement: z.enum(['accompanied', 'unaccompanied', 'delivered']).optional(),
    /** by air, or by any other transport (the norms of Decision No. 107 differ) */
    transport: z.enum(['air', 'other']).optional(),
    /** pieces of baggage, hand luggage included */
    baggagePieces: z.number().int().min(0).max(999).optional(),
    cash: z.array(cashLine).max(maxCashLines).optional(),
    vehicles: z.array(personalVehicle).max(maxPassengerVehicles).optional(),
    goods: z.array(passengerGoods).max(maxPassengerGoods).optional(),
    filler: filler.optional(),
  })
  .strict();
export type PassengerDeclaration = z.infer<typeof passengerDeclaration>;

/**
 * The channel of the unified rate (Decision No. 107) the declaration's goods go by: goods sent by
 * post or delivered by a carrier, baggage carried by air, or baggage carried otherwise. Null while
 * the declaration does not say how the goods move.
 */
export type PassengerChannel = 'post' | 'air-baggage' | 'other-baggage';
export function passengerChannelOf(
  document: Pick<PassengerDeclaration, 'movement' | 'transport'>,
): PassengerChannel | null {
  if (document.movement === 'delivered') return 'post';
  if (!document.movement || !document.transport) return null;
  return document.transport === 'air' ? 'air-baggage' : 'other-baggage';
}
