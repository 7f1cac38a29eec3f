import type { Queryable } from '../../platform/db/database.ts';
import type { CalendarDay, CustomsBody, CustomsBodyKind, Region } from './schemas.ts';
import { createCalendar, type Calendar } from './working-days.ts';

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

interface CustomsBodyRow {
  code: string;
  kind: CustomsBodyKind;
  region_code: string;
  parent_code: string | null;
  name_kk: string;
  name_ru: string;
  name_en: string;
  address: string;
  email: string | null;
  valid_from: string;
  valid_to: string | null;
}

const customsBodyColumns = 'code, kind, region_code, parent_code, name_kk, name_ru, name_en, address, email, valid_from, valid_to';

function toCustomsBody(row: CustomsBodyRow): CustomsBody {
  return {
    code: row.code,
    kind: row.kind,
    regionCode: row.region_code,
    parentCode: row.parent_code,
    name: { kk: row.name_kk, ru: row.name_ru, en: row.name_en },
    address: row.address,
    email: row.email,
    validFrom: row.valid_from,
    validTo: row.valid_to,
  };
}

export async function listCustomsBodies(db: Queryable, filter: { kind?: CustomsBodyKind; regionCode?: string } = {}): Promise<CustomsBody[]> {
  const { rows } = await db.query<CustomsBodyRow>(
    `select ${customsBodyColumns} from customs_bodies
     where ($1::text is null or kind = $1) and ($2::text is null or region_code = $2)
     order by code`,
    [filter.kind ?? null, filter.regionCode ?? null],
  );
  return rows.map(toCustomsBody);
}

export async function findCustomsBody(db: Queryable, code: string): Promise<CustomsBody | undefined> {
  const { rows } = await db.query<CustomsBodyRow>(`select ${customsBodyColumns} from customs_bodies where code = $1`, [code]);
  return rows[0] && toCustomsBody(rows[0]);
}

/**
 * The Department of State Revenue of a region: the one valid on `on` ('YYYY-MM-DD'), or without
 * `on` the current one (no end date).
 */
export async function territorialDepartmentOf(db: Queryable, regionCode: string, on?: string): Promise<CustomsBody | undefined> {
  const { rows } = await db.query<CustomsBodyRow>(
    `select ${customsBodyColumns} from customs_bodies
     where kind = 'territorial_department' and region_code = $1
       and (case when $2::date is null then valid_to is null
                 else valid_from <= $2::date and (valid_to is null or valid_to >= $2::date) end)
     order by valid_from desc limit 1`,
    [regionCode, on ?? null],
  );
  return rows[0] && toCustomsBody(rows[0]);
}

/** The territorial department a body belongs to: the body itself if it is one, else up its parents. */
export async function departmentOfBody(db: Queryable, code: string): Promise<CustomsBody | undefined> {
  const { rows } = await db.query<CustomsBodyRow>(
    `with recursive chain as (
       select b.*, 0 as depth from customs_bodies b where code = $1
       union all
       select p.*, chain.depth + 1 from customs_bodies p join chain on p.code = chain.parent_code
       where chain.kind <> 'territorial_department' and chain.depth < 10
     )
     select ${customsBodyColumns} from chain where kind = 'territorial_department' order by depth limit 1`,
    [code],
  );
  return rows[0] && toCustomsBody(rows[0]);
}

/** Inserts new bodies and updates changed ones; `bodies` must list parents before their children. */
export async function upsertCustomsBodies(db: Queryable, bodies: readonly CustomsBody[]): Promise<UpsertCounts> {
  let added = 0;
  let changed = 0;
  for (const b of bodies) {
    const { rows } = await db.query<{ inserted: boolean }>(
      `insert into customs_bodies (${customsBodyColumns}) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       on conflict (code) do update set kind = excluded.kind, region_code = excluded.region_code,
         parent_code = excluded.parent_code, name_kk = excluded.name_kk, name_ru = excluded.name_ru,
         name_en = excluded.name_en, address = excluded.address, email = excluded.email,
         valid_from = excluded.valid_from, valid_to = excluded.valid_to, updated_at = now()
       where (customs_bodies.kind, customs_bodies.region_code, customs_bodies.parent_code, customs_bodies.name_kk,
              customs_bodies.name_ru, customs_bodies.name_en, customs_bodies.address, customs_bodies.email,
              customs_bodies.valid_from, customs_bodies.valid_to)
         is distinct from (excluded.kind, excluded.region_code, excluded.parent_code, excluded.name_kk, excluded.name_ru,
              excluded.name_en, excluded.address, excluded.email, excluded.valid_from, excluded.valid_to)
       returning (xmax = 0) as inserted`,
      [b.code, b.kind, b.regionCode, b.parentCode, b.name.kk, b.name.ru, b.name.en, b.address, b.email, b.validFrom, b.validTo],
    );
    if (rows[0]?.inserted === true) added++;
    else if (rows[0]) changed++;
  }
  return { added, changed, unchanged: bodies.length - added - changed };
}

interface CalendarDayRow {
  day: string;
  kind: CalendarDay['kind'];
  name_kk: string;
  name_ru: string;
  name_en: string;
}

/** The exceptional days from `from` to `to` ('YYYY-MM-DD', both included), in order. */
export async function listCalendarDays(db: Queryable, from: string, to: string): Promise<CalendarDay[]> {
  const { rows } = await db.query<CalendarDayRow>(
    'select day, kind, name_kk, name_ru, name_en from calendar_days where day between $1::date and $2::date order by day',
    [from, to],
  );
  return rows.map((row) => ({ day: row.day, kind: row.kind, name: { kk: row.name_kk, ru: row.name_ru, en: row.name_en } }));
}

/** A working-day calendar for `from`..`to`; counting beyond that range throws, so load generously. */
export async function loadCalendar(db: Queryable, from: string, to: string): Promise<Calendar> {
  return createCalendar(await listCalendarDays(db, from, to), { from, to });
}

export async function upsertCalendarDays(db: Queryable, days: readonly CalendarDay[]): Promise<UpsertCounts> {
  let added = 0;
  let changed = 0;
  for (const d of days) {
    const { rows } = await db.query<{ inserted: boolean }>(
      `insert into calendar_days (day, kind, name_kk, name_ru, name_en) values ($1, $2, $3, $4, $5)
       on conflict (day) do update set kind = excluded.kind, name_kk = excluded.name_kk, name_ru = excluded.name_ru,
         name_en = excluded.name_en, updated_at = now()
       where (calendar_days.kind, calendar_days.name_kk, calendar_days.name_ru, calendar_days.name_en)
         is distinct from (excluded.kind, excluded.name_kk, excluded.name_ru, excluded.name_en)
       returning (xmax = 0) as inserted`,
      [d.day, d.kind, d.name.kk, d.name.ru, d.name.en],
    );
    if (rows[0]?.inserted === true) added++;
    else if (rows[0]) changed++;
  }
  return { added, changed, unchanged: days.length - added - changed };
}
