import { credentialsRoutes as routes } from '@shekara/contracts/credentials';
import type { RouteAccess } from '../../platform/http/access.ts';
import { contractRoutes } from '../../platform/http/contract-routes.ts';
import type { ZodApp } from '../../platform/http/types.ts';
import { caller, requestFacts } from '../accounts/index.ts';
import { approveRequest } from './approve-request.ts';
import type { CredentialsContext } from './context.ts';
import { printNoticeLetter, recordNoticeSent } from './notice-letter.ts';
import { queueOf, requestOf } from './queue.ts';
import { registerPaperRequest } from './register-paper-request.ts';
import { rejectRequest } from './reject-request.ts';

/**
 * The territorial body's work on requests for a login and password (AST-2..AST-5): its queue
 * with the clock in working days, paper requests, decisions and the notices that follow them.
 */
export async function credentialsRoutes(app: ZodApp, { ctx }: { ctx: CredentialsContext }): Promise<void> {
  const inTheirBodies: RouteAccess = { audience: 'staff', object: 'own-body' };
  const route = contractRoutes(app, { tags: ['officer'], access: inTheirBodies });

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
      'An electronic request’s notice is e-mailed at once; a paper request’s is the letter from letter.pdf, to be marked sent (AST-4).',
    handler: async (request) => approveRequest(ctx, caller(request).account, request.params.id, requestFacts(request)),
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
