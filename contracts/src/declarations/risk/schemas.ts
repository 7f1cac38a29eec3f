import { z } from 'zod';
import { riskChannels, riskConditions } from './conditions.ts';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const riskProfileBody = z
  .object({
    name: z.string().trim().min(1).max(200),
    conditions: riskConditions,
    channel: z.enum(riskChannels),
    priority: z.number().int().min(0).max(1_000_000).default(100),
    active: z.boolean().default(true),
    validFrom: day,
    validTo: day.nullable().default(null),
  })
  .strict();

export const riskProfileView = z.object({
  id: z.string(),
  name: z.string(),
  conditions: z.record(z.string(), z.unknown()),
  channel: z.enum(riskChannels),
  priority: z.number(),
  active: z.boolean(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const riskProfileList = z.object({ profiles: z.array(riskProfileView) });
export const riskProfileParams = z.object({ id: z.uuid() });
