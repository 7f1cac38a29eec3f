import { z } from 'zod';
import { amount, code, driver, filler, isoDate, party, supportingDocument, text, vehicle } from './common.ts';

/**
 * The declaration on a vehicle of international transport (декларация на транспортное средство):
 * the vehicle crossing the border, its carrier and driver, the route, and the goods it carries.
 */
export const maxCarriedGoods = 999;

/** A line of the goods carried, as the transport documents give it. */
export const carriedGoods = z
  .object({
    number: z.number().int().min(1).max(maxCarriedGoods).optional(),
    description: text(2000).optional(),
    /** TN VED code, at least the first 4 digits */
    hsCode: code(10).optional(),
    packages: z.number().int().min(0).max(1e9).optional(),
    /** kg */
    grossMass: amount.optional(),
    /** the transport document it travels under (CMR, waybill…) */
    transportDocument: supportingDocument.optional(),
  })
  .strict();

export const vehicleDeclaration = z
  .object({
    /** IM arrival into the customs territory, EK departure from it */
    direction: z.enum(['IM', 'EK']).optional(),
    /** the carrier, who declares the vehicle */
    declarant: party.optional(),
    vehicle: vehicle.optional(),
    /** the vehicle's use: commercial carriage of goods or passengers, or its own needs */
    purpose: z.enum(['goods', 'passengers', 'own_needs']).optional(),
    driver: driver.optional(),
    /** the customs office where the vehicle crosses the border */
    borderOffice: code(8).optional(),
    /** the day of arrival or departure */
    crossingDate: isoDate.optional(),
    /** country of departure, countries passed, country of destination (alpha-2), in order */
    route: z.array(code(2)).max(30).optional(),
    /** fuel in the regular tanks, litres */
    fuelLitres: amount.optional(),
    /** spare parts and equipment carried for the vehicle's own repair */
    spareParts: text(1000).optional(),
    documents: z.array(supportingDocument).max(99).optional(),
    filler: filler.optional(),
    goods: z.array(carriedGoods).max(maxCarriedGoods).optional(),
  })
  .strict();
export type VehicleDeclaration = z.infer<typeof vehicleDeclaration>;
