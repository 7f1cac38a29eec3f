import { z } from 'zod';
import type { OutboxTopicHandler } from '../../../platform/outbox/worker.ts';
import type { DeclarationsBackground } from '../setup.ts';
import { onDeclarationsRegistered, registeredTopic } from './on-registered.ts';

const registeredPayload = z.object({ declarationId: z.uuid() });

/** Outbox topics of the declarations module, handled after the commit that enqueued them. */
export function declarationOutboxHandlers(background: DeclarationsBackground): Record<string, OutboxTopicHandler> {
  return {
    // Declarations registered meanwhile are routed together, in one transaction.
    [registeredTopic]: {
      many: async (messages) => {
        await onDeclarationsRegistered(
          background,
          messages.map((m) => registeredPayload.parse(m.payload).declarationId),
        );
      },
    },
  };
}
