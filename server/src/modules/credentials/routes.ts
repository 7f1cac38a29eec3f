import { credentialsRoutes as routes } from '@shekara/contracts/credentials';
import { routeSchema } from '@shekara/contracts/http';
import type { ZodApp } from '../../platform/http/types.ts';
import { caller, type RequireAccount, requestFacts } from '../accounts/index.ts';
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
export async function credentialsRoutes(
  app: ZodApp,
  { ctx, requireAccount }: { ctx: CredentialsContext; requireAccount: RequireAccount },
): Promise<void> {
  const tags = ['officer'];
  const staff = requireAccount({ kinds: ['officer', 'admin'] });

  app.post(
    routes.registerPaper.path,
    {
      preHandler: staff,
      schema: {
        summary: 'Register a request that came on paper (AST-2)',
        description:
          'Filed to the officer’s territorial department (administrators give regionCode). A BIN needs registrationNoticeNumber; an IIN needs it or identityDocument (AST-6). The notice will be a printed letter.',
        tags,
        ...routeSchema(routes.registerPaper),
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await registerPaperRequest(ctx, caller(request).account, request.body, requestFacts(request))),
  );

  app.get(
    routes.queue.path,
    {
      preHandler: staff,
      schema: {
        summary: 'The body’s queue of requests, with the review and notice terms in working days (AST-4, AST-5)',
        tags,
        ...routeSchema(routes.queue),
      },
    },
    async (request) =>
      queueOf(ctx, caller(request).account, {
        status: request.query.status,
        overdue: request.query.overdue === 'true',
        limit: request.query.limit,
      }),
  );

  app.get(
    routes.one.path,
    {
      preHandler: staff,
      schema: { summary: 'One request: its fields, terms and history', tags, ...routeSchema(routes.one) },
    },
    async (request) => requestOf(ctx, caller(request).account, request.params.id),
  );

  app.post(
    routes.approve.path,
    {
      preHandler: staff,
      schema: {
        summary: 'Approve: create the cabinet with a login and one-time password, activate the certificate (AST-3)',
        description:
          'An electronic request’s notice is e-mailed at once; a paper request’s is the letter from letter.pdf, to be marked sent (AST-4).',
        tags,
        ...routeSchema(routes.approve),
      },
    },
    async (request) => approveRequest(ctx, caller(request).account, request.params.id, requestFacts(request)),
  );

  app.post(
    routes.reject.path,
    {
      preHandler: staff,
      schema: { summary: 'Reject with a reason, notified like an approval', tags, ...routeSchema(routes.reject) },
    },
    async (request) =>
      rejectRequest(ctx, caller(request).account, request.params.id, request.body.reason, requestFacts(request)),
  );

  app.get(
    routes.letter.path,
    {
      preHandler: staff,
      schema: {
        summary: 'The notice letter of a decided paper request (PDF, in the request’s language)',
        tags,
        ...routeSchema(routes.letter),
      },
    },
    async (request, reply) => {
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
  );

  app.post(
    routes.noticeSent.path,
    {
      preHandler: staff,
      schema: { summary: 'Mark a paper request’s letter as posted (AST-4)', tags, ...routeSchema(routes.noticeSent) },
    },
    async (request) => {
      const { noticeSentAt } = await recordNoticeSent(
        ctx,
        caller(request).account,
        request.params.id,
        requestFacts(request),
      );
      return { noticeSentAt: noticeSentAt.toISOString() };
    },
  );
}
