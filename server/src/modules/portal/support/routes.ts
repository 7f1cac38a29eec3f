import { supportRoutes as routes } from '@shekara/contracts/portal/support';
import { publicAccess } from '../../../platform/http/access.ts';
import { contractRoutes } from '../../../platform/http/contract-routes.ts';
import { rateLimit } from '../../../platform/http/rate-limit.ts';
import type { ZodApp } from '../../../platform/http/types.ts';
import { requestFacts } from '../../accounts/index.ts';
import type { PortalContext } from '../context.ts';
import { fileTicket } from './file-ticket.ts';
import { recentTickets } from './ticket-repository.ts';

/** A ticket is a few kilobytes of text: nothing larger needs reading. */
const ticketBodyLimit = 32 * 1024;

export async function supportRoutes(app: ZodApp, { ctx }: { ctx: PortalContext }): Promise<void> {
  const limit = rateLimit({
    name: 'portal.support',
    limit: ctx.portal.supportRatePerHour,
    windowMs: 3_600_000,
    clock: ctx.clock,
    db: ctx.db,
  });

  const route = contractRoutes(app, { tags: ['support'] });

  route(routes.file, {
    summary: 'Write to the support service (REG-13, ACC-11, WD-32)',
    description:
      'Open to everyone, without log-in, and limited per client address per hour (429 RATE_LIMITED above it). From a live session the ticket is linked to its account. The ticket gets a number SUP-YEAR-NNNNNN and is e-mailed to the support service and, as a confirmation, to `email`, in the language of Accept-Language.',
    bodyLimit: ticketBodyLimit,
    // Who files it, when anyone: a live session links the ticket to its account; no session, an
    // ended one or withdrawn access leaves an anonymous request — support is for those too (REG-13).
    access: { audience: 'anyone', identifies: true },
    preHandler: limit.check,
    handler: async (request, reply) => {
      const filed = await fileTicket(ctx, request.body, {
        account: request.auth?.account ?? null,
        facts: requestFacts(request),
      });
      return reply.status(201).send(filed);
    },
  });

  route(routes.contacts, {
    summary: 'How to reach the support service (REG-13)',
    description:
      'The support e-mail address and phone (SUPPORT_EMAIL, SUPPORT_PHONE) every page shows in its footer. Answered from configuration alone, without the database, so it holds when the rest of the portal does not; the web app keeps the last answer for when even this cannot be reached.',
    access: publicAccess,
    handler: async () => ctx.support,
  });

  route(routes.list, {
    summary: 'The latest support tickets (administrators)',
    access: { audience: 'administrator' },
    handler: async (request) => ({ items: await recentTickets(ctx.db, request.query.limit) }),
  });
}
