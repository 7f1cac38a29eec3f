import type { CalendarDay, CustomsBody, CustomsBodyKind, Region } from '@shekara/contracts/reference';
import type { Queryable } from '../../platform/db/database.ts';
import { bulkUpsert, type UpsertCounts } from './bulk-upsert.ts';
import { type CustomsBodyRowBase, customsBodyFields } from './customs-body-row.ts';
import { type NameColumns, nameColumns, nameColumnTypes, nameOf } from './name-columns.ts';
import { type Calendar, createCalendar } from './working-days.ts';

interface RegionRow extends NameColumns {
  code: string;
  kind: Region['kind'];
}

export async function listRegions(db: Queryable): Promise<Region[]> {
  const { rows } = await db.query<RegionRow>('select code, kind, name_kk, name_ru, name_en from regions order by code');
  return rows.map((row) => ({ code: row.code, kind: row.kind, name: nameOf(row) }));
}

/** One region by its code, or undefined: a message names the region, not its code. */
export async function findRegion(db: Queryable, code: string): Promise<Region | undefined> {
  const { rows } = await db.query<RegionRow>(
    'select code, kind, name_kk, name_ru, name_en from regions where code = $1',
    [code],
  );
  return rows.map((row) => ({ code: row.code, kind: row.kind, name: nameOf(row) }))[0];
}

export type { UpsertCounts } from './bulk-upsert.ts';

/** Inserts new regions and updates changed ones; rows already equal are left untouched. */
export function upsertRegions(db: Queryable, regions: readonly Region[]): Promise<UpsertCounts> {
  return bulkUpsert(
    db,
    {
      table: 'regions',
      key: 'code',
      columns: { code: 'text', kind: 'text', ...nameColumnTypes },
    },
    regions.map((r) => ({ code: r.code, kind: r.kind, ...nameColumns(r.name) })),
  );
}

interface CustomsBodyRow extends CustomsBodyRowBase {
  email: string | null;
  valid_from: string;
  valid_to: string | null;
}

const customsBodyColumns =
  'code, kind, region_code, parent_code, name_kk, name_ru, name_en, address, email, valid_from, valid_to';

function toCustomsBody(row: CustomsBodyRow): CustomsBody {
  return {
    ...customsBodyFields(row),
    email: row.email,
    validFrom: row.valid_from,
    validTo: row.valid_to,
  };
}

export async function listCustomsBodies(
  db: Queryable,
  filter: { kind?: CustomsBodyKind; regionCode?: string } = {},
): Promise<CustomsBody[]> {
  const { rows } = await db.query<CustomsBodyRow>(
    `select ${customsBodyColumns} from customs_bodies
     where ($1::text is null or kind = $1) and ($2::text is null or region_code = $2)
     order by code`,
    [filter.kind ?? null, filter.regionCode ?? null],
  );
  return rows.map(toCustomsBody);
}

export async function findCustomsBody(db: Queryable, code: string): Promise<CustomsBody | undefined> {
  const { rows } = await db.query<CustomsBodyRow>(`select ${customsBodyColumns} from customs_bodies where code = $1`, [
    code,
  ]);
  return rows[0] && toCustomsBody(rows[0]);
}

/**
 * The Department of State Revenue of a region: the one valid on `on` ('YYYY-MM-DD'), or without
 * `on` the current one (no end date).
 */
export async function territorialDepartmentOf(
  db: Queryable,
  regionCode: string,
  on?: string,
): Promise<CustomsBody | undefined> {
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
export function upsertCustomsBodies(db: Queryable, bodies: readonly CustomsBody[]): Promise<UpsertCounts> {
  const text = 'text' as const;
  return bulkUpsert(
    db,
    {
      table: 'customs_bodies',
      key: 'code',
      columns: {
        code: text,
        kind: text,
        region_code: text,
        parent_code: text,
        ...nameColumnTypes,
        address: text,
        email: text,
        valid_from: 'date',
        valid_to: 'date',
      },
    },
    bodies.map((b) => ({
      code: b.code,
      kind: b.kind,
      region_code: b.regionCode,
      parent_code: b.parentCode,
      ...nameColumns(b.name),
      address: b.address,
      email: b.email,
      valid_from: b.validFrom,
      valid_to: b.validTo,
    })),
  );
}

interface CalendarDayRow extends NameColumns {
  day: string;
  kind: CalendarDay['kind'];
}

/** The exceptional days from `from` to `to` ('YYYY-MM-DD', both included), in order. */
export async function listCalendarDays(db: Queryable, from: string, to: string): Promise<CalendarDay[]> {
  const { rows } = await db.query<CalendarDayRow>(
    'select day, kind, name_kk, name_ru, name_en from calendar_days where day between $1::date and $2::date order by day',
    [from, to],
  );
  return rows.map((row) => ({ day: row.day, kind: row.kind, name: nameOf(row) }));
}

/** A working-day calendar for `from`..`to`; counting beyond that range throws, so load generously. */
export async function loadCalendar(db: Queryable, from: string, to: string): Promise<Calendar> {
  return createCalendar(await listCalendarDays(db, from, to), { from, to });
}

export function upsertCalendarDays(db: Queryable, days: readonly CalendarDay[]): Promise<UpsertCounts> {
  return bulkUpsert(
    db,
    {
      table: 'calendar_days',
      key: 'day',
      columns: { day: 'date', kind: 'text', ...nameColumnTypes },
    },
    days.map((d) => ({ day: d.day, kind: d.kind, ...nameColumns(d.name) })),
  );
}
