import type { OutboxTopicHandler } from '../../../platform/outbox/worker.ts';
import type { BackgroundContext } from '../context.ts';
import { readRegisteredMessage, registeredTopic } from '../registered-message.ts';
import { onDeclarationsRegistered } from './on-registered.ts';

/** Outbox topics of the declarations module, handled after the commit that enqueued them. */
export function declarationOutboxHandlers(background: BackgroundContext): Record<string, OutboxTopicHandler> {
  return {
    // Declarations registered meanwhile are routed together, in one transaction.
    [registeredTopic]: {
      many: async (messages) => {
        await onDeclarationsRegistered(
          background,
          messages.map((m) => readRegisteredMessage(m.payload)),
        );
      },
    },
  };
}
