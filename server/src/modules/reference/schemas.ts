import { z } from 'zod';

export const localizedName = z.object({ kk: z.string(), ru: z.string(), en: z.string() });

export const region = z
  .object({
    code: z.string().regex(/^\d{2}$/).describe('First two digits of the KATO code'),
    kind: z.enum(['region', 'city']).describe('Oblast, or city of republican significance'),
    name: localizedName,
  })
  .meta({ id: 'Region' });
export type Region = z.infer<typeof region>;

export const regionList = z.object({ items: z.array(region) });
