import { z } from 'zod';

/** A control finding as the API answers it: the rule, where, and the message in the request's language. */
export const localizedFinding = z.object({
  rule: z.string().meta({ description: 'stable rule id, e.g. goods.item.net-le-gross' }),
  path: z.string().meta({ description: 'dotted path into the document, items by index from 0: items.3.netMass' }),
  message: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).meta({
    description: 'the values the message names, as the request’s language writes them (1 234,50 in kk and ru)',
  }),
});
export type LocalizedFinding = z.infer<typeof localizedFinding>;

/** The answer of control (WD-8, WD-9): errors block submission, warnings do not. */
export const controlAnswer = z.object({ errors: z.array(localizedFinding), warnings: z.array(localizedFinding) });
export type ControlAnswer = z.infer<typeof controlAnswer>;

// A day of the calendar: `2025-02-31` matched a bare YYYY-MM-DD pattern and was answered a snapshot
// of a day that does not exist (the browser only asks for real days: dates.ts, isIsoDate).
export const controlReferenceQuery = z.object({
  date: z.iso.date().optional().meta({ description: 'the document’s date (YYYY-MM-DD); today in Almaty when absent' }),
});

/**
 * What the browser runs control on, for one date: the codes of each classifier in force, the
 * 10-digit TN VED lines goods are declared under, the codes that exist but have lines below them,
 * and the customs bodies with their kind and the document kinds they accept.
 */
export const controlSnapshot = z.object({
  date: z.string(),
  classifiers: z.record(z.string(), z.array(z.string())),
  subheadings: z.array(z.string()),
  groups: z.array(z.string()),
  bodies: z.array(z.object({ code: z.string(), kind: z.string(), accepts: z.array(z.string()) })),
});
export type ControlSnapshot = z.infer<typeof controlSnapshot>;
