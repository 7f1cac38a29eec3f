import { z } from 'zod';
import { code, driver, filler, isoDate, party, supportingDocument, text, vehicle } from './common.ts';

/**
 * The application for customs operations with a vehicle of international transport temporarily
 * imported into the customs territory (EAEU Customs Code art. 276–278): extending the term of its
 * temporary import, handing it to another carrier, leaving it in the territory, or exporting it
 * through another office.
 */
export const temporaryVehicleOperations = [
  'extend_term',
  'transfer_to_another_person',
  'leave_in_territory',
  'export_elsewhere',
] as const;

export const temporaryVehicleApplication = z
  .object({
    /** the carrier or person who uses the vehicle */
    applicant: party.optional(),
    operation: z.enum(temporaryVehicleOperations).optional(),
    vehicle: vehicle.optional(),
    driver: driver.optional(),
    /** the vehicle declaration under which it was imported */
    importDeclarationNumber: text(50).optional(),
    importDate: isoDate.optional(),
    /** the term of temporary import now, and the term asked for */
    currentTerm: isoDate.optional(),
    requestedTerm: isoDate.optional(),
    /** the person it is handed to */
    transferee: party.optional(),
    /** the office the operation is asked of */
    customsOffice: code(8).optional(),
    /** why the operation is needed: breakdown, accident, force majeure… */
    grounds: text(2000).optional(),
    documents: z.array(supportingDocument).max(99).optional(),
    filler: filler.optional(),
  })
  .strict();
export type TemporaryVehicleApplication = z.infer<typeof temporaryVehicleApplication>;
