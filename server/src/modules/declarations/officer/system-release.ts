import { randomUUID } from 'node:crypto';
import type { Queryable } from '../../../platform/db/database.ts';
import { collectOnRelease } from '../../payments/index.ts';
import type { BackgroundContext } from '../context.ts';
import type { StoredDeclaration } from '../declaration-repository.ts';
import { applyTransitions } from '../status/transition.ts';
import { enqueueDecisionNotices } from './decision-notice.ts';
import { insertDecisions } from './decision-repository.ts';

/**
 * The system releases one green declaration (ACC-17) whose payment has just been held, after its
 * routing: the same release, decision, debit and notice as routing's own (on-registered.ts), in
 * the caller's transaction, with the declaration's row locked by it.
 */
export async function releaseBySystem(
  tx: Queryable,
  ctx: Pick<BackgroundContext, 'db' | 'clock' | 'publicUrl'>,
  declaration: StoredDeclaration,
  now: Date,
): Promise<void> {
  const decisionId = randomUUID();
  const { id, registrationNumber, customsOffice } = declaration;
  await applyTransitions(tx, [
    {
      at: now,
      request: {
        declarationId: id,
        action: 'release',
        actor: 'system',
        actorAccountId: null,
        officeCode: customsOffice,
        details: { decisionId, registrationNumber, automatic: true, channel: 'green', paidAfterRegistration: true },
      },
    },
  ]);
  await collectOnRelease(
    tx,
    { db: ctx.db, clock: ctx.clock, publicUrl: ctx.publicUrl },
    { declarationId: id },
    { accountId: null, iin: null },
  );
  await insertDecisions(tx, [
    {
      id: decisionId,
      declarationId: id,
      decision: 'release',
      reasons: [],
      officerAccountId: null,
      officeCode: customsOffice!,
      signedBytes: null,
      signatureCms: null,
      decidedAt: now,
    },
  ]);
  await enqueueDecisionNotices(tx, now, [
    {
      authorAccountId: declaration.authorAccountId,
      registrationNumber: registrationNumber!,
      decision: 'release',
      reasons: [],
      officeCode: customsOffice!,
      automatic: true,
      publicUrl: ctx.publicUrl,
    },
  ]);
}
