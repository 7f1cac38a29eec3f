import type { DeclarationKind } from '../classifiers/lists/document-kinds.ts';
import { customsBodies } from '../demo-data/customs-bodies.ts';
import type { CustomsBodyKind } from '../schemas.ts';
import type { DocumentAcceptance } from './schemas.ts';

/**
 * What the demo bodies accept, by their kind: clearance centres take goods declarations and
 * everything that goes with them, posts also take transit and preliminary information, border
 * checkpoints only transit and preliminary information; a department receives customs receipt
 * orders alone. Real offices differ one by one; the table allows that.
 */
const acceptedByKind: Record<CustomsBodyKind, readonly DeclarationKind[]> = {
  territorial_department: ['customs_receipt_order'],
  customs_office: ['goods_declaration', 'transit_declaration', 'dts_1', 'dts_2', 'customs_receipt_order'],
  customs_post: ['goods_declaration', 'transit_declaration', 'preliminary_information', 'dts_1', 'dts_2'],
  border_checkpoint: ['transit_declaration', 'preliminary_information'],
};

export const documentAcceptances: readonly DocumentAcceptance[] = customsBodies.flatMap((body) =>
  acceptedByKind[body.kind].map((documentKind) => ({ bodyCode: body.code, documentKind, validFrom: body.validFrom, validTo: body.validTo })),
);
