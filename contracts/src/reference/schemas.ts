import { z } from 'zod';

export const localizedName = z.object({ kk: z.string(), ru: z.string(), en: z.string() });

export const region = z
  .object({
    code: z
      .string()
      .regex(/^\d{2}$/)
      .describe('First two digits of the KATO code'),
    kind: z.enum(['region', 'city']).describe('Oblast, or city of republican significance'),
    name: localizedName,
  })
  .meta({ id: 'Region' });
export type Region = z.infer<typeof region>;

export const regionList = z.object({ items: z.array(region) });

const isoDate = z.iso.date();

export const customsBodyKinds = [
  'territorial_department',
  'customs_office',
  'customs_post',
  'border_checkpoint',
] as const;

export const customsBody = z
  .object({
    code: z
      .string()
      .regex(/^\d{5}$/)
      .describe('5-digit customs code'),
    kind: z
      .enum(customsBodyKinds)
      .describe("A region's Department of State Revenue, or a customs office, post or border checkpoint under it"),
    regionCode: z.string().regex(/^\d{2}$/),
    parentCode: z
      .string()
      .regex(/^\d{5}$/)
      .nullable()
      .describe('The body this one reports to; null for a territorial department'),
    name: localizedName,
    address: z.string(),
    email: z.string().nullable(),
    validFrom: isoDate,
    validTo: isoDate.nullable(),
  })
  .meta({ id: 'CustomsBody' });
export type CustomsBody = z.infer<typeof customsBody>;
export type CustomsBodyKind = CustomsBody['kind'];

export const customsBodyQuery = z.object({
  kind: z.enum(customsBodyKinds).optional(),
  region: z
    .string()
    .regex(/^\d{2}$/)
    .optional()
    .describe('Region code (first two digits of KATO)'),
});
export const customsBodyList = z.object({ items: z.array(customsBody) });

export const calendarDayKinds = ['holiday', 'day_off', 'working_day'] as const;

export const calendarDay = z
  .object({
    day: isoDate,
    kind: z
      .enum(calendarDayKinds)
      .describe('A public holiday, a day off carried over or moved, or a weekend day made working'),
    name: localizedName,
  })
  .meta({ id: 'CalendarDay' });
export type CalendarDay = z.infer<typeof calendarDay>;

/** Longest range one calendar request may ask for. */
export const maxCalendarRangeDays = 400;

export const calendarQuery = z.object({
  from: isoDate.describe('First day, YYYY-MM-DD'),
  to: isoDate.describe(`Last day, YYYY-MM-DD; the range is at most ${maxCalendarRangeDays} days`),
});
export const calendarResponse = z.object({
  from: isoDate,
  to: isoDate,
  workingDays: z.number().int().describe('Working days from `from` to `to`, both included'),
  items: z.array(calendarDay).describe('The days that depart from the Monday-to-Friday week'),
});
