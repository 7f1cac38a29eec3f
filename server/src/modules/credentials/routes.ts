import {
  credentialsApplicantRoutes as applicantRoutes,
  credentialsRoutes as routes,
} from '@shekara/contracts/credentials';
import { publicAccess, type RouteAccess } from '../../platform/http/access.ts';
import { contractRoutes } from '../../platform/http/contract-routes.ts';
import { rateLimit } from '../../platform/http/rate-limit.ts';
import type { ZodApp } from '../../platform/http/types.ts';
import { caller, requestFacts } from '../accounts/index.ts';
import { approveRequest } from './approve-request.ts';
import type { CredentialsContext } from './context.ts';
import { printNoticeLetter, recordNoticeSent } from './notice-letter.ts';
import { queueOf, requestOf } from './queue.ts';
import { registerPaperRequest } from './register-paper-request.ts';
import { rejectRequest } from './reject-request.ts';
import { confirmUnsignedRequest, fileUnsignedRequest } from './unsigned-request.ts';

/**
 * The territorial body's work on requests for a login and password (AST-2..AST-5): its queue
 * with the clock in working days, paper requests, decisions and the notices that follow them.
 */
export async function credentialsRoutes(app: ZodApp, { ctx }: { ctx: CredentialsContext }): Promise<void> {
  const inTheirBodies: RouteAccess = { audience: 'staff', object: 'own-body' };
  const route = contractRoutes(app, { tags: ['officer'], access: inTheirBodies });
  const applicantRoute = contractRoutes(app, { tags: ['accounts'], access: publicAccess });
  const filingLimit = rateLimit({
    name: 'credentials.filing',
    limit: ctx.filingRatePerMinute,
    windowMs: 60_000,
    clock: ctx.clock,
    db: ctx.db,
  });

  applicantRoute(applicantRoutes.fileUnsigned, {
    summary: 'Request a login and password online without the NCA signature (REG-10, AST-6)',
    description:
      'For an applicant who has no signature: a resident gives the IIN/BIN and the state-registration notice or the identity document (its kind, number, date of issue; a foreign passport’s country); a non-resident individual without an IIN (applicant "non_resident") gives the foreign passport, the full name in Latin letters and the date of birth, and is given an identification number of the 9900… series on approval. Nothing reaches the body until the link e-mailed to `email` is followed (POST …/confirm); the officer checks the identity against the document on paper before approving. One request waits or is under review per IIN/BIN, passport and e-mail address.',
    preHandler: filingLimit.check,
    handler: async (request, reply) =>
      reply.status(202).send(await fileUnsignedRequest(ctx, request.body, requestFacts(request))),
  });

  applicantRoute(applicantRoutes.confirm, {
    summary: 'Confirm an unsigned request by the e-mailed token: it is filed to the territorial department',
    preHandler: filingLimit.check,
    handler: async (request, reply) =>
      reply.status(201).send(await confirmUnsignedRequest(ctx, request.body.token, requestFacts(request))),
  });

  route(routes.registerPaper, {
    summary: 'Register a request that came on paper (AST-2)',
    description:
      'Filed to the officer’s territorial department (administrators give regionCode). A BIN needs registrationNoticeNumber; an IIN needs it or identityDocument (AST-6). The notice will be a printed letter.',
    access: { audience: 'staff' },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(await registerPaperRequest(ctx, caller(request).account, request.body, requestFacts(request))),
  });

  route(routes.queue, {
    summary: 'The body’s queue of requests, with the review and notice terms in working days (AST-4, AST-5)',
    handler: async (request) =>
      queueOf(ctx, caller(request).account, {
        status: request.query.status,
        overdue: request.query.overdue === 'true',
        limit: request.query.limit,
      }),
  });

  route(routes.one, {
    summary: 'One request: its fields, terms and history',
    handler: async (request) => requestOf(ctx, caller(request).account, request.params.id),
  });

  route(routes.approve, {
    summary: 'Approve: create the cabinet with a login and one-time password, activate the certificate (AST-3)',
    description:
      'An electronic request’s notice is e-mailed at once; a paper request’s is the letter from letter.pdf, to be marked sent (AST-4). A request filed without a signature (verification "paper_check_required") needs `identityCheckedOnPaper: true` and `documentSeen`, else 409 CREDENTIALS_IDENTITY_CHECK_REQUIRED; a non-resident without an IIN is given a number of the 9900… series (`assignedNumber`).',
    handler: async (request) =>
      approveRequest(ctx, caller(request).account, request.params.id, request.body ?? undefined, requestFacts(request)),
  });

  route(routes.reject, {
    summary: 'Reject with a reason, notified like an approval',
    handler: async (request) =>
      rejectRequest(ctx, caller(request).account, request.params.id, request.body.reason, requestFacts(request)),
  });

  route(routes.letter, {
    summary: 'The notice letter of a decided paper request (PDF, in the request’s language)',
    handler: async (request, reply) => {
      const { number, pdf } = await printNoticeLetter(
        ctx,
        caller(request).account,
        request.params.id,
        requestFacts(request),
      );
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `attachment; filename="notice-${number}.pdf"`)
        .header('cache-control', 'no-store')
        .send(pdf);
    },
  });

  route(routes.noticeSent, {
    summary: 'Mark a paper request’s letter as posted (AST-4)',
    handler: async (request) => {
      const { noticeSentAt } = await recordNoticeSent(
        ctx,
        caller(request).account,
        request.params.id,
        requestFacts(request),
      );
      return { noticeSentAt: noticeSentAt.toISOString() };
    },
  });
}
