import type { Queryable } from '../../../platform/db/database.ts';

/**
 * The reference rows control keeps in memory (server-reference-view.ts): codes and their validity
 * only, no names. Read whole, a few times a day at most; never per document.
 */
export interface DatedRow {
  validFrom: string;
  validTo: string | null;
}

export interface ControlReferenceRows {
  classifierItems: (DatedRow & { classifier: string; code: string })[];
  /** chapters, headings and subheadings (sections have no digits and are never declared) */
  nomenclature: (DatedRow & { code: string; parentCode: string | null })[];
  bodies: (DatedRow & { code: string; kind: string })[];
  acceptances: (DatedRow & { bodyCode: string; documentKind: string })[];
}

export async function loadControlReferenceRows(db: Queryable): Promise<ControlReferenceRows> {
  const classifierItems = await db.query<ControlReferenceRows['classifierItems'][number]>(
    'select classifier, code, valid_from as "validFrom", valid_to as "validTo" from classifier_items',
  );
  const nomenclature = await db.query<ControlReferenceRows['nomenclature'][number]>(
    `select code, parent_code as "parentCode", valid_from as "validFrom", valid_to as "validTo" from tnved_nodes where level <> 'section'`,
  );
  const bodies = await db.query<ControlReferenceRows['bodies'][number]>(
    'select code, kind, valid_from as "validFrom", valid_to as "validTo" from customs_bodies',
  );
  const acceptances = await db.query<ControlReferenceRows['acceptances'][number]>(
    'select body_code as "bodyCode", document_kind as "documentKind", valid_from as "validFrom", valid_to as "validTo" from customs_body_document_kinds',
  );
  return {
    classifierItems: classifierItems.rows,
    nomenclature: nomenclature.rows,
    bodies: bodies.rows,
    acceptances: acceptances.rows,
  };
}

/**
 * Changes whenever a row of those tables is added, changed or removed by an import in another
 * process: counts and the latest change of each (update times only grow; a removal lowers a count).
 */
export async function controlReferenceStamp(db: Queryable): Promise<string> {
  const { rows } = await db.query<{ stamp: string }>(
    `select concat_ws('|',
       (select count(*) || '/' || coalesce(max(updated_at)::text, '') from classifier_items),
       (select count(*) || '/' || coalesce(max(id), 0) || '/' || coalesce(max(updated_at)::text, '') from tnved_nodes),
       (select count(*) || '/' || coalesce(max(updated_at)::text, '') from customs_bodies),
       (select count(*) || '/' || coalesce(max(updated_at)::text, '') from customs_body_document_kinds)) as stamp`,
  );
  return rows[0]!.stamp;
}
