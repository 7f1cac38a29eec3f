import type { CustomsBodyKind } from '@shekara/contracts/reference';

/** The columns of customs_bodies every reading of a body selects, as the driver returns them. */
export interface CustomsBodyRowBase {
  code: string;
  kind: CustomsBodyKind;
  region_code: string;
  parent_code: string | null;
  name_kk: string;
  name_ru: string;
  name_en: string;
  address: string;
}

/** A body's code, kind, place in the hierarchy, names and address, as every view of it shows them. */
export function customsBodyFields(row: CustomsBodyRowBase) {
  return {
    code: row.code,
    kind: row.kind,
    regionCode: row.region_code,
    parentCode: row.parent_code,
    name: { kk: row.name_kk, ru: row.name_ru, en: row.name_en },
    address: row.address,
  };
}
