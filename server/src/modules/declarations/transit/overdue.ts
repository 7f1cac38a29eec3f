import type { Logger } from 'pino';
import { recordAudits } from '../../../platform/audit/audit-log.ts';
import { almatyDate } from '../../reference/index.ts';
import type { BackgroundContext } from '../context.ts';
import { recordDeclarationEvents } from '../status/transition.ts';
import { flagOverdue, type OverdueMovement } from './movement-repository.ts';
import { enqueueOverdueNotices } from './overdue-notice.ts';

const batchSize = 100;

/**
 * Flags the transits whose term of delivery ended (a day before today in Almaty) with no arrival
 * recorded (issue 17 point 4): each once — `overdue_flagged_at` — with a `transit_overdue` event
 * on its timeline, an audit record, and the e-mails to the declarant and to both offices, in one
 * transaction per batch. Several nodes may run it at once: a movement one run has flagged, or is
 * flagging, the other skips (movement-repository.ts `flagOverdue`). Answers what this run flagged.
 */
export async function flagOverdueTransits(
  ctx: Pick<BackgroundContext, 'db' | 'clock' | 'publicUrl' | 'notifyOutbox'>,
): Promise<OverdueMovement[]> {
  const flagged: OverdueMovement[] = [];
  for (;;) {
    const now = ctx.clock.now();
    const batch = await ctx.db.transaction(async (tx) => {
      const movements = await flagOverdue(tx, almatyDate(now), now, batchSize);
      const details = (m: OverdueMovement) => ({
        deliveryTerm: m.deliveryTerm,
        departureOffice: m.departureOffice,
        destinationOffice: m.destinationOffice,
      });
      await recordDeclarationEvents(
        tx,
        now,
        movements.map((m) => ({
          declarationId: m.declarationId,
          event: 'transit_overdue',
          actor: 'system' as const,
          actorAccountId: null,
          officeCode: m.destinationOffice,
          details: details(m),
        })),
      );
      await recordAudits(
        tx,
        movements.map((m) => ({
          at: now,
          event: {
            action: 'declaration.transit_overdue',
            outcome: 'success' as const,
            subjectType: 'declaration',
            subjectId: m.declarationId,
            bodyCode: m.destinationOffice,
            details: { registrationNumber: m.registrationNumber, ...details(m) },
          },
        })),
      );
      await enqueueOverdueNotices(tx, now, movements, ctx.publicUrl);
      return movements;
    });
    flagged.push(...batch);
    if (batch.length > 0) ctx.notifyOutbox();
    if (batch.length < batchSize) return flagged;
  }
}

/**
 * Looks for overdue transits every `everyMs` (an hour by default) and once shortly after start; a
 * failed run is logged and the next one tries again.
 */
export function startTransitOverdueJob(
  ctx: Pick<BackgroundContext, 'db' | 'clock' | 'publicUrl' | 'notifyOutbox'>,
  logger: Logger,
  everyMs = 3_600_000,
): { stop(): Promise<void> } {
  let running: Promise<void> | undefined;
  let stopped = false;
  const run = () => {
    if (stopped || running) return;
    running = flagOverdueTransits(ctx)
      .then((flagged) => {
        if (flagged.length > 0) logger.info({ flagged: flagged.length }, 'overdue transits flagged');
      })
      .catch((error: unknown) => logger.error({ err: error }, 'overdue transits not flagged; the next run tries again'))
      .finally(() => {
        running = undefined;
      });
  };
  const first = setTimeout(run, 30_000);
  const timer = setInterval(run, everyMs);
  first.unref();
  timer.unref();
  return {
    async stop() {
      stopped = true;
      clearTimeout(first);
      clearInterval(timer);
      await running;
    },
  };
}
