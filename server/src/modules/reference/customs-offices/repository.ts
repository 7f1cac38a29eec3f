import type { CustomsBodyKind } from '@shekara/contracts/reference';
import type { CustomsOffice, DocumentAcceptance } from '@shekara/contracts/reference/customs-offices';
import type { Queryable } from '../../../platform/db/database.ts';
import { bulkUpsert, type UpsertCounts } from '../bulk-upsert.ts';
import { type CustomsBodyRowBase, customsBodyFields } from '../customs-body-row.ts';

export interface CustomsOfficeFilter {
  /** the day asked about, 'YYYY-MM-DD' */
  date: string;
  regionCode?: string;
  kind?: CustomsBodyKind;
  documentKind?: string;
  /** the start of a code, or part of a name in any language */
  text?: string;
}

interface CustomsOfficeRow extends CustomsBodyRowBase {
  accepts: string[];
}

/** Customs bodies in force on the date, each with the document kinds it accepts then. */
export async function listCustomsOffices(db: Queryable, filter: CustomsOfficeFilter): Promise<CustomsOffice[]> {
  const { rows } = await db.query<CustomsOfficeRow>(
    `select b.code, b.kind, b.region_code, b.parent_code, b.name_kk, b.name_ru, b.name_en, b.address,
       (select coalesce(json_agg(a.document_kind order by a.document_kind), '[]'::json) from customs_body_document_kinds a
         where a.body_code = b.code and a.valid_from <= $1::date and (a.valid_to is null or a.valid_to >= $1::date)) as accepts
     from customs_bodies b
     where b.valid_from <= $1::date and (b.valid_to is null or b.valid_to >= $1::date)
       and ($2::text is null or b.region_code = $2)
       and ($3::text is null or b.kind = $3)
       and ($4::text is null or exists (
         select 1 from customs_body_document_kinds a
         where a.body_code = b.code and a.document_kind = $4 and a.valid_from <= $1::date and (a.valid_to is null or a.valid_to >= $1::date)))
       and ($5::text is null or starts_with(b.code, $5)
         or strpos(lower(b.name_ru), lower($5)) > 0 or strpos(lower(b.name_kk), lower($5)) > 0 or strpos(lower(b.name_en), lower($5)) > 0)
     order by b.code`,
    [filter.date, filter.regionCode ?? null, filter.kind ?? null, filter.documentKind ?? null, filter.text || null],
  );
  return rows.map((row) => ({ ...customsBodyFields(row), acceptsDocumentKinds: row.accepts }));
}

/** Inserts new acceptances and updates changed ones; equal rows are left untouched. */
export function upsertDocumentAcceptances(
  db: Queryable,
  acceptances: readonly DocumentAcceptance[],
): Promise<UpsertCounts> {
  return bulkUpsert(
    db,
    {
      table: 'customs_body_document_kinds',
      key: 'body_code, document_kind, valid_from',
      columns: { body_code: 'text', document_kind: 'text', valid_from: 'date', valid_to: 'date' },
    },
    acceptances.map((a) => ({
      body_code: a.bodyCode,
      document_kind: a.documentKind,
      valid_from: a.validFrom,
      valid_to: a.validTo,
    })),
  );
}
