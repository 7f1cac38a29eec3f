import type { CustomsBodyKind } from '@shekara/contracts/reference';
import { type NameColumns, nameOf } from './name-columns.ts';

/** The columns of customs_bodies every reading of a body selects, as the driver returns them. */
export interface CustomsBodyRowBase extends NameColumns {
  code: string;
  kind: CustomsBodyKind;
  region_code: string;
  parent_code: string | null;
  address: string;
}

/** A body's code, kind, place in the hierarchy, names and address, as every view of it shows them. */
export function customsBodyFields(row: CustomsBodyRowBase) {
  return {
    code: row.code,
    kind: row.kind,
    regionCode: row.region_code,
    parentCode: row.parent_code,
    name: nameOf(row),
    address: row.address,
  };
}
