import { routeSchema } from '@shekara/contracts/http';
import { accessMeasureRoutes as routes } from '@shekara/contracts/web-declarant-access';
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
  const tags = ['officer', 'access'];
  const staff = requireAccount({ kinds: ['officer', 'admin'] });

  app.get(
    routes.access.path,
    {
      preHandler: staff,
      schema: { summary: 'An account’s access and every measure taken on it', tags, ...routeSchema(routes.access) },
    },
    async (request) => {
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
  );

  app.post(
    routes.suspend.path,
    {
      preHandler: staff,
      schema: {
        summary: 'Suspend the login for handing access to a third party (WD-23, WD-24); ends its sessions',
        tags,
        ...routeSchema(routes.suspend),
      },
    },
    async (request) =>
      takeAccessMeasure(
        ctx,
        caller(request).account,
        request.params.id,
        { measure: 'suspended', reason: request.body.reason },
        requestFacts(request),
      ),
  );

  app.post(
    routes.liftSuspension.path,
    { preHandler: staff, schema: { summary: 'Lift a suspension', tags, ...routeSchema(routes.liftSuspension) } },
    async (request) =>
      takeAccessMeasure(
        ctx,
        caller(request).account,
        request.params.id,
        { measure: 'suspension_lifted', reason: request.body.reason },
        requestFacts(request),
      ),
  );

  app.post(
    routes.revoke.path,
    {
      preHandler: staff,
      schema: {
        summary: 'Revoke access (WD-27, WD-28); the fourth revocation disables the login for good (WD-30)',
        tags,
        ...routeSchema(routes.revoke),
      },
    },
    async (request) =>
      takeAccessMeasure(
        ctx,
        caller(request).account,
        request.params.id,
        { measure: 'revoked', reason: request.body.reason, ground: request.body.ground },
        requestFacts(request),
      ),
  );

  app.post(
    routes.regrant.path,
    {
      preHandler: staff,
      schema: {
        summary:
          'Grant access again once the cause is removed, no sooner than a month after the revocation notice (WD-29)',
        tags,
        ...routeSchema(routes.regrant),
      },
    },
    async (request) =>
      takeAccessMeasure(
        ctx,
        caller(request).account,
        request.params.id,
        { measure: 'regranted', note: request.body.note },
        requestFacts(request),
      ),
  );
}
