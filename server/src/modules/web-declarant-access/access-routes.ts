import { accessMeasureRoutes as routes } from '@shekara/contracts/web-declarant-access';
import { contractRoutes } from '../../platform/http/contract-routes.ts';
import type { ZodApp } from '../../platform/http/types.ts';
import { caller, findAccount, type RequireAccount, requestFacts } from '../accounts/index.ts';
import { measuresOf } from './access-measure-repository.ts';
import { earliestRegrant, revocationCount, revocationsBeforeDisabling } from './access-rules.ts';
import type { WebDeclarantContext } from './context.ts';
import { assertAccountInScope } from './scope.ts';
import { takeAccessMeasure } from './take-access-measure.ts';
import { measureView } from './views.ts';

/**
 * Suspension, revocation and granting access again (WD-24, WD-27..30), by administrators and by
 * officers of the body that registered the account. The server alone enforces them: the
 * account's access status is checked at log-in and on every request (accounts module) and by
 * `assertMaySubmit` on every submission.
 */
export async function accessMeasureRoutes(
  app: ZodApp,
  { ctx, requireAccount }: { ctx: WebDeclarantContext; requireAccount: RequireAccount },
): Promise<void> {
  const staff = requireAccount({ kinds: ['officer', 'admin'] });

  const route = contractRoutes(app, { tags: ['officer', 'access'], preHandler: staff });

  route(routes.access, {
    summary: 'An account’s access and every measure taken on it',
    handler: async (request) => {
      const account = await assertAccountInScope(
        ctx.db,
        caller(request).account,
        await findAccount(ctx.db, request.params.id),
      );
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
    handler: async (request) =>
      takeAccessMeasure(
        ctx,
        caller(request).account,
        request.params.id,
        { measure: 'suspended', reason: request.body.reason },
        requestFacts(request),
      ),
  });

  route(routes.liftSuspension, {
    summary: 'Lift a suspension',
    handler: async (request) =>
      takeAccessMeasure(
        ctx,
        caller(request).account,
        request.params.id,
        { measure: 'suspension_lifted', reason: request.body.reason },
        requestFacts(request),
      ),
  });

  route(routes.revoke, {
    summary: 'Revoke access (WD-27, WD-28); the fourth revocation disables the login for good (WD-30)',
    handler: async (request) =>
      takeAccessMeasure(
        ctx,
        caller(request).account,
        request.params.id,
        { measure: 'revoked', reason: request.body.reason, ground: request.body.ground },
        requestFacts(request),
      ),
  });

  route(routes.regrant, {
    summary: 'Grant access again once the cause is removed, no sooner than a month after the revocation notice (WD-29)',
    handler: async (request) =>
      takeAccessMeasure(
        ctx,
        caller(request).account,
        request.params.id,
        { measure: 'regranted', note: request.body.note },
        requestFacts(request),
      ),
  });
}
