import type { CustomsBodyKind } from '@shekara/contracts/reference';
import type { DeclarationKind } from '@shekara/contracts/reference/classifiers';
import type { DocumentAcceptance } from '@shekara/contracts/reference/customs-offices';
import { customsBodies } from '../demo-data/customs-bodies.ts';

/**
 * What the demo bodies accept, by their kind: clearance centres and posts take goods declarations
 * and everything filed with or instead of them; posts and border checkpoints also what comes with
 * goods and vehicles at the border — transit, preliminary information, vehicle declarations and
 * operations with temporarily imported vehicles, and travellers' passenger declarations; a department receives customs receipt orders
 * alone. Real offices differ one by one; the table allows that.
 */
const clearance: readonly DeclarationKind[] = [
  'goods_declaration',
  'release_before_declaration',
  'dts_1',
  'dts_2',
  'delivery_control_document',
  'transaction_passport',
];
const border: readonly DeclarationKind[] = [
  'transit_declaration',
  'preliminary_information',
  'vehicle_declaration',
  'temporary_vehicle_operations',
  // where travellers cross: airports, road and rail checkpoints, posts at the border
  'passenger_declaration',
];
const acceptedByKind: Record<CustomsBodyKind, readonly DeclarationKind[]> = {
  territorial_department: ['customs_receipt_order'],
  customs_office: [...clearance, 'transit_declaration', 'customs_receipt_order'],
  customs_post: [...clearance, ...border],
  border_checkpoint: border,
};

export const documentAcceptances: readonly DocumentAcceptance[] = customsBodies.flatMap((body) =>
  acceptedByKind[body.kind].map((documentKind) => ({
    bodyCode: body.code,
    documentKind,
    validFrom: body.validFrom,
    validTo: body.validTo,
  })),
);
