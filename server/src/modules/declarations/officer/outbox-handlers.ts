import type { OutboxHandler } from '../../../platform/outbox/worker.ts';
import type { DeclarationsBackground } from '../setup.ts';

/** Outbox topics of the declarations module, handled after the commit that enqueued them. */
export function declarationOutboxHandlers(background: DeclarationsBackground): Record<string, OutboxHandler> {
  void background;
  return {};
}
