import { accessMeasureRoutes as routes } from '@shekara/contracts/web-declarant-access';
import type { FastifyRequest } from 'fastify';
import { contractRoutes } from '../../platform/http/contract-routes.ts';
import type { ZodApp } from '../../platform/http/types.ts';
import { caller, findAccount, readReason, recordDataRead, requestFacts } from '../accounts/index.ts';
import { measuresOf } from './access-measure-repository.ts';
import { earliestRegrant, revocationCount, revocationsBeforeDisabling } from './access-rules.ts';
import type { WebDeclarantRouteOptions } from './context.ts';
import { assertAccountInScope } from './scope.ts';
import { type MeasureInput, takeAccessMeasure } from './take-access-measure.ts';
import { measureView } from './views.ts';

/**
 * Suspension, revocation and granting access again (WD-24, WD-27..30), by administrators and by
 * officers of the body that registered the account. The server alone enforces them: the
 * account's access status is checked at log-in and on every request (accounts module) and by
 * `assertMaySubmit` on every submission.
 */
export async function accessMeasureRoutes(app: ZodApp, { ctx }: WebDeclarantRouteOptions): Promise<void> {
  // Taken on accounts registered at a body in the officer's scope; administrators on any.
  const route = contractRoutes(app, { tags: ['officer', 'access'], access: { audience: 'staff', object: 'own-body' } });

  /** The measure the calling officer takes on the account the path names. */
  const take = (request: FastifyRequest & { params: { id: string } }, input: MeasureInput) =>
    takeAccessMeasure(ctx, caller(request).account, request.params.id, input, requestFacts(request));

  route(routes.access, {
    summary: 'An account’s access and every measure taken on it',
    description: 'Needs `reason` (ACC-7): the read is recorded, and the user sees it.',
    handler: async (request) => {
      const reason = readReason(request.query);
      const account = await assertAccountInScope(
        ctx.db,
        caller(request).account,
        await findAccount(ctx.db, request.params.id),
      );
      const object = { type: 'account_access', id: account.id } as const;
      await recordDataRead(ctx, request, { reason, object, subject: { accountId: account.id } });
      const measures = await measuresOf(ctx.db, account.id);
      return {
        accountId: account.id,
        accessStatus: account.accessStatus,
        revocations: revocationCount(measures),
        revocationsBeforeDisabling,
        earliestRegrant: account.accessStatus === 'revoked' ? earliestRegrant(measures) : null,
        measures: measures.map(measureView),
      };
    },
  });

  route(routes.suspend, {
    summary: 'Suspend the login for handing access to a third party (WD-23, WD-24); ends its sessions',
    handler: async (request) => take(request, { measure: 'suspended', reason: request.body.reason }),
  });

  route(routes.liftSuspension, {
    summary: 'Lift a suspension',
    handler: async (request) => take(request, { measure: 'suspension_lifted', reason: request.body.reason }),
  });

  route(routes.revoke, {
    summary: 'Revoke access (WD-27, WD-28); the fourth revocation disables the login for good (WD-30)',
    handler: async (request) =>
      take(request, { measure: 'revoked', reason: request.body.reason, ground: request.body.ground }),
  });

  route(routes.regrant, {
    summary: 'Grant access again once the cause is removed, no sooner than a month after the revocation notice (WD-29)',
    handler: async (request) => take(request, { measure: 'regranted', note: request.body.note }),
  });
}
