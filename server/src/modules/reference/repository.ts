import type { Queryable } from '../../platform/db/database.ts';
import type { Region } from './schemas.ts';

interface RegionRow {
  code: string;
  kind: Region['kind'];
  name_kk: string;
  name_ru: string;
  name_en: string;
}

export async function listRegions(db: Queryable): Promise<Region[]> {
  const { rows } = await db.query<RegionRow>('select code, kind, name_kk, name_ru, name_en from regions order by code');
  return rows.map((row) => ({ code: row.code, kind: row.kind, name: { kk: row.name_kk, ru: row.name_ru, en: row.name_en } }));
}

export interface UpsertCounts {
  added: number;
  changed: number;
  unchanged: number;
}

/** Inserts new regions and updates changed ones; rows already equal are left untouched. */
export async function upsertRegions(db: Queryable, regions: readonly Region[]): Promise<UpsertCounts> {
  let added = 0;
  let changed = 0;
  for (const region of regions) {
    const { rows } = await db.query<{ inserted: boolean }>(
      `insert into regions (code, kind, name_kk, name_ru, name_en) values ($1, $2, $3, $4, $5)
       on conflict (code) do update set kind = excluded.kind, name_kk = excluded.name_kk, name_ru = excluded.name_ru,
         name_en = excluded.name_en, updated_at = now()
       where (regions.kind, regions.name_kk, regions.name_ru, regions.name_en)
         is distinct from (excluded.kind, excluded.name_kk, excluded.name_ru, excluded.name_en)
       returning (xmax = 0) as inserted`,
      [region.code, region.kind, region.name.kk, region.name.ru, region.name.en],
    );
    if (rows[0]?.inserted === true) added++;
    else if (rows[0]) changed++;
  }
  return { added, changed, unchanged: regions.length - added - changed };
}
