import type { ClassifierItem } from '@shekara/contracts/reference';
import type { Queryable } from '../../../platform/db/database.ts';
import type { UpsertCounts } from '../bulk-upsert.ts';
import { type NameColumns, nameColumns, nameOf } from '../name-columns.ts';
import type { BundledClassifierName } from './bundled.ts';

interface ClassifierItemRow extends NameColumns {
  code: string;
  extra: Record<string, string | number | null> | null;
  valid_from: string;
  valid_to: string | null;
}

function toItem(row: ClassifierItemRow): ClassifierItem {
  const item: ClassifierItem = {
    code: row.code,
    name: nameOf(row),
    validFrom: row.valid_from,
    validTo: row.valid_to,
  };
  if (row.extra) item.extra = row.extra;
  return item;
}

/** The items of a classifier in force on `date` ('YYYY-MM-DD'), by code. */
export async function listClassifierItems(
  db: Queryable,
  classifier: BundledClassifierName,
  date: string,
): Promise<ClassifierItem[]> {
  const { rows } = await db.query<ClassifierItemRow>(
    `select code, name_kk, name_ru, name_en, extra, valid_from, valid_to from classifier_items
     where classifier = $1 and valid_from <= $2::date and (valid_to is null or valid_to >= $2::date)
     order by code`,
    [classifier, date],
  );
  return rows.map(toItem);
}

/** How many items each classifier has in force on `date`. */
export async function countClassifierItems(db: Queryable, date: string): Promise<Map<string, number>> {
  const { rows } = await db.query<{ classifier: string; count: number }>(
    `select classifier, count(*)::int as count from classifier_items
     where valid_from <= $1::date and (valid_to is null or valid_to >= $1::date)
     group by classifier`,
    [date],
  );
  return new Map(rows.map((row) => [row.classifier, row.count]));
}

/**
 * Inserts new items and updates changed ones in one statement, leaving equal rows untouched (the
 * bundled classifiers are loaded at every start). Like bulkUpsert, but `extra` is JSON.
 */
export async function upsertClassifierItems(
  db: Queryable,
  classifier: BundledClassifierName,
  items: readonly ClassifierItem[],
): Promise<UpsertCounts> {
  if (items.length === 0) return { added: 0, changed: 0, unchanged: 0 };
  const rows = items.map((item) => ({
    code: item.code,
    ...nameColumns(item.name),
    extra: item.extra ?? null,
    valid_from: item.validFrom,
    valid_to: item.validTo,
  }));
  const { rows: written } = await db.query<{ inserted: boolean }>(
    `insert into classifier_items (classifier, code, name_kk, name_ru, name_en, extra, valid_from, valid_to)
     select $1, code, name_kk, name_ru, name_en, extra, valid_from, valid_to
     from jsonb_to_recordset($2::jsonb) as r(code text, name_kk text, name_ru text, name_en text, extra jsonb, valid_from date, valid_to date)
     on conflict (classifier, code, valid_from) do update
       set name_kk = excluded.name_kk, name_ru = excluded.name_ru, name_en = excluded.name_en,
           extra = excluded.extra, valid_to = excluded.valid_to, updated_at = now()
     where (classifier_items.name_kk, classifier_items.name_ru, classifier_items.name_en, classifier_items.extra, classifier_items.valid_to)
       is distinct from (excluded.name_kk, excluded.name_ru, excluded.name_en, excluded.extra, excluded.valid_to)
     returning (xmax = 0) as inserted`,
    [classifier, JSON.stringify(rows)],
  );
  const added = written.filter((row) => row.inserted).length;
  const changed = written.length - added;
  return { added, changed, unchanged: items.length - added - changed };
}
