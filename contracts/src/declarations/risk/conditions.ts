import { z } from 'zod';
import { declarationKinds } from '../documents/kinds.ts';

/**
 * What a risk profile looks at (ACC-17, issue 6 point 9). Every condition given must hold (and);
 * within a list, any entry may match (or). A profile states at least one condition: one that
 * matched everything would silently send every declaration to the officer.
 */
export const riskConditions = z
  .object({
    /** TN VED codes of any goods item beginning with one of these (a chapter is 2 digits) */
    hsPrefixes: z
      .array(z.string().regex(/^\d{2,10}$/))
      .min(1)
      .max(200)
      .optional(),
    /** alpha-2 country of origin of any goods item */
    originCountries: z
      .array(z.string().regex(/^[A-Z]{2}$/))
      .min(1)
      .max(250)
      .optional(),
    /** the declared customs value, tenge, at least this */
    minCustomsValue: z.number().finite().min(0).max(1e15).optional(),
    /** the declarant has at most this many earlier released declarations (newcomers) */
    maxPriorDeclarations: z.number().int().min(0).max(1_000_000).optional(),
    /** only these kinds of document */
    kinds: z.array(z.enum(declarationKinds)).min(1).max(declarationKinds.length).optional(),
  })
  .strict()
  .refine((c) => Object.values(c).some((value) => value !== undefined), 'a profile needs at least one condition');
export type RiskConditions = z.infer<typeof riskConditions>;

export const riskChannels = ['yellow', 'red'] as const;
export type RiskChannel = 'green' | (typeof riskChannels)[number];

export interface RiskProfile {
  id: string;
  name: string;
  conditions: RiskConditions;
  channel: (typeof riskChannels)[number];
  priority: number;
  active: boolean;
  validFrom: string;
  validTo: string | null;
}
