import { z } from 'zod';
import type { OutboxHandler } from '../../../platform/outbox/worker.ts';
import type { DeclarationsBackground } from '../setup.ts';
import { onDeclarationRegistered, registeredTopic } from './on-registered.ts';

const registeredPayload = z.object({ declarationId: z.uuid() });

/** Outbox topics of the declarations module, handled after the commit that enqueued them. */
export function declarationOutboxHandlers(background: DeclarationsBackground): Record<string, OutboxHandler> {
  return {
    [registeredTopic]: async (payload) => {
      await onDeclarationRegistered(background, registeredPayload.parse(payload).declarationId);
    },
  };
}
