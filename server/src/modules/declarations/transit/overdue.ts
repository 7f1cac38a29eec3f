import type { Logger } from 'pino';
import { recordAudits } from '../../../platform/audit/audit-log.ts';
import { inBatches, type RepeatingJob, startRepeatingJob } from '../../../platform/jobs/repeating-job.ts';
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
  return inBatches(batchSize, async () => {
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
    if (batch.length > 0) ctx.notifyOutbox();
    return batch;
  });
}

/** Looks for overdue transits every `everyMs` (an hour by default) and once shortly after start. */
export function startTransitOverdueJob(
  ctx: Pick<BackgroundContext, 'db' | 'clock' | 'publicUrl' | 'notifyOutbox'>,
  logger: Logger,
  everyMs = 3_600_000,
): RepeatingJob {
  return startRepeatingJob({
    run: async () => (await flagOverdueTransits(ctx)).length,
    logger,
    everyMs,
    onceAcrossNodes: { job: 'declarations.transit-overdue', db: ctx.db, clock: ctx.clock },
    done: 'overdue transits flagged',
    failed: 'overdue transits not flagged; the next run tries again',
  });
}
