import type { DataReadReason } from '@shekara/contracts/accounts';
import {
  paymentApplicationOfficerRoutes as officerRoutes,
  paymentApplicationRoutes as ownRoutes,
} from '@shekara/contracts/payments/applications';
import type { FastifyRequest } from 'fastify';
import type { RouteAccess } from '../../../platform/http/access.ts';
import { contractRoutes } from '../../../platform/http/contract-routes.ts';
import type { ZodApp } from '../../../platform/http/types.ts';
import { bodyScopeOf, caller, readReason, recordDataRead, requestFacts } from '../../accounts/index.ts';
import {
  applicationsInScope,
  applicationsOfPayer,
  noticesOfPayer,
  obligationsOfPayer,
} from './application-repository.ts';
import type { ApplicationsContext } from './context.ts';
import { decideApplication, decisionFactsNow } from './decide.ts';
import { applicationFactsNow, fileApplication } from './file-application.ts';
import { overdueInScope, recordObligationPaid } from './obligations.ts';
import { applicationPayload, decisionPayload } from './payloads.ts';
import { applicationViewOf, dueNoticeViewOf, obligationViewOf } from './views.ts';

/**
 * Applications about money (ACC-21, ACC-14, WD-16): the payer files a signed application for a
 * deferral or instalment of a declaration's import duty, or for a refund from its advance account,
 * in the internal part of the cabinet, and reads its applications, decisions, obligations and
 * payment-due notices; an officer of a body in scope decides, signed, and lists what is overdue.
 */
export async function applicationRoutes(app: ZodApp, { ctx }: { ctx: ApplicationsContext }): Promise<void> {
  const payerOwn: RouteAccess = { audience: 'user', internal: true };
  const own = contractRoutes(app, { tags: ['payments'], access: payerOwn });

  own(ownRoutes.payload, {
    summary: 'The bytes the payer signs for an application: deferral, instalment or refund (ACC-21, ACC-14)',
    description:
      'Canonical JSON of the application with the caller’s IIN/BIN as the payer, every rule checked (what the declaration owes, the schedule, the balance for a refund). Sign it and POST the CMS with the same application to /api/v1/payments/applications.',
    handler: async (request) => {
      const facts = await applicationFactsNow(ctx, caller(request).account, request.body);
      return { data: applicationPayload(facts).toString('base64') };
    },
  });

  own(ownRoutes.file, {
    summary: 'File a signed application: deferral or instalment of import duty, or a refund (ACC-21, ACC-14)',
    description:
      'The CMS must be over the bytes of …/payload, signed on behalf of the payer. The same applicationId with the same signed application answers it again.',
    handler: async (request, reply) => {
      const { application } = await fileApplication(ctx, caller(request).account, request.body, requestFacts(request));
      return reply.status(201).send(applicationViewOf(application));
    },
  });

  own(ownRoutes.list, {
    summary: 'The payer’s applications with their decisions, its obligations and the payment-due notices (ACC-21)',
    noStore: true,
    handler: async (request) => {
      const payer = caller(request).account.iinBin;
      const [applications, obligations, notices] = await Promise.all([
        applicationsOfPayer(ctx.db, payer),
        obligationsOfPayer(ctx.db, payer),
        noticesOfPayer(ctx.db, payer),
      ]);
      return {
        applications: applications.map(applicationViewOf),
        obligations: obligations.map(obligationViewOf),
        notices: notices.map(dueNoticeViewOf),
      };
    },
  });

  // Applications are addressed to a body (the declaration's, or the one a refund names): an
  // officer sees and decides those of the bodies in their scope; another body's read as absent.
  const officerOfTheBody: RouteAccess = { audience: 'officer', object: 'own-body' };
  const officer = contractRoutes(app, { tags: ['officer', 'payments'], access: officerOfTheBody });

  /**
   * A list read is a read of every payer it shows (ACC-7): one record per payer, naming the items
   * of theirs it showed, so each payer sees the read among its data reads.
   */
  const recordReads = async (
    request: FastifyRequest,
    reason: DataReadReason,
    type: 'payment_application' | 'payment_obligation',
    shown: readonly { id: string; payer: string }[],
  ) => {
    const byPayer = new Map<string, string[]>();
    for (const { id, payer } of shown) byPayer.set(payer, [...(byPayer.get(payer) ?? []), id]);
    for (const [payer, ids] of byPayer)
      await recordDataRead(ctx, request, {
        reason,
        object: { type, id: ids.join(', ') },
        subject: { iinBins: [payer] },
      });
  };

  officer(officerRoutes.list, {
    summary: 'Applications about money addressed to the bodies in the officer’s scope, oldest first (ACC-21)',
    noStore: true,
    handler: async (request) => {
      const { reason, ...query } = request.query;
      const stated = readReason({ reason });
      const scope = await bodyScopeOf(ctx.db, caller(request).account);
      const applications = await applicationsInScope(ctx.db, scope, query);
      await recordReads(
        request,
        stated,
        'payment_application',
        applications.map((a) => ({ id: a.id, payer: a.payer })),
      );
      return { applications: applications.map(applicationViewOf) };
    },
  });

  officer(officerRoutes.decisionPayload, {
    summary: 'The bytes the officer signs for a decision on an application (ACC-21)',
    description:
      'Canonical JSON of { applicationId, applicationSha256, decision, reason, schedule, officeCode, amount }; sign it and POST the CMS to …/decisions with the same decision.',
    handler: async (request) => {
      const { facts } = await decisionFactsNow(ctx, caller(request).account, request.params.id, request.body);
      return { data: decisionPayload(facts).toString('base64') };
    },
  });

  officer(officerRoutes.decide, {
    summary: 'Decide an application, signed: grant (with the schedule) or refuse (with the reason) (ACC-21, ACC-14)',
    description:
      'A granted deferral or instalment becomes obligations with due dates; a granted refund is posted from the payer’s available money. The payer finds the decision in the cabinet and by e-mail.',
    handler: async (request, reply) => {
      const decided = await decideApplication(
        ctx,
        caller(request).account,
        request.params.id,
        request.body,
        requestFacts(request),
      );
      return reply.status(201).send(applicationViewOf(decided));
    },
  });

  officer(officerRoutes.overdue, {
    summary: 'Obligations of the bodies in the officer’s scope whose term has passed unpaid (WD-16)',
    description:
      'Unpaid obligations due before `asOf` (today in Almaty by default): what will be overdue by a later day too.',
    noStore: true,
    handler: async (request) => {
      const stated = readReason({ reason: request.query.reason });
      const obligations = await overdueInScope(ctx, caller(request).account, request.query.asOf);
      await recordReads(
        request,
        stated,
        'payment_obligation',
        obligations.map((o) => ({ id: String(o.id), payer: o.payer })),
      );
      return { obligations: obligations.map(obligationViewOf) };
    },
  });

  officer(officerRoutes.paid, {
    summary: 'Record an obligation paid: by a bank payment order, or from the payer’s advance account (ACC-14)',
    handler: async (request) => {
      const obligation = await recordObligationPaid(
        ctx,
        caller(request).account,
        request.params.id,
        request.body,
        requestFacts(request),
      );
      return { obligation: obligationViewOf(obligation) };
    },
  });
}
