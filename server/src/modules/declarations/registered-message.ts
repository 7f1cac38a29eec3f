import { z } from 'zod';
import { documentFacts, paymentsDue } from './risk/document-facts.ts';

/**
 * The outbox message registration writes, in its transaction, for the officer side to route the
 * declaration (officer/on-registered.ts). It carries what routing reads of the signed copy —
 * taken from the very document whose canonical bytes were signed — so routing need not fetch and
 * parse the copy again. A message without them (written by an earlier version) or of an older
 * copy than the latest is routed from the latest signed copy itself.
 */
export const registeredTopic = 'declarations.registered';

export const registeredMessage = z.object({
  declarationId: z.uuid(),
  /** the signed copy's number among the declaration's submissions */
  seq: z.number().int().positive().optional(),
  facts: z
    .object({
      hsCodes: z.array(z.string()),
      originCountries: z.array(z.string()),
      customsValue: z.number().nullable(),
      /** tenge owed by box 47 (box B, the declarant's word, is not subtracted: document-facts.ts) */
      due: z.number(),
    })
    .optional(),
});

export type RegisteredMessage = z.infer<typeof registeredMessage>;

/** A delivered message as routing takes it: facts that do not read are left out (routed from the copy), never a failure. */
export function readRegisteredMessage(payload: unknown): RegisteredMessage {
  const full = registeredMessage.safeParse(payload);
  if (full.success) return full.data;
  return { declarationId: z.object({ declarationId: z.uuid() }).parse(payload).declarationId };
}

export type RoutingFacts = NonNullable<RegisteredMessage['facts']>;

/** What routing reads of a signed document: its codes, origins and value, and what it owes. */
export function routingFactsOf(signedDocument: unknown): RoutingFacts {
  return { ...documentFacts(signedDocument), due: paymentsDue(signedDocument) };
}

export function registeredMessageOf(declarationId: string, seq: number, signedDocument: unknown): RegisteredMessage {
  return { declarationId, seq, facts: routingFactsOf(signedDocument) };
}
