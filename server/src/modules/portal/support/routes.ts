import { supportRoutes as routes } from '@shekara/contracts/portal/support';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../../platform/errors.ts';
import { contractRoutes } from '../../../platform/http/contract-routes.ts';
import { rateLimit } from '../../../platform/http/rate-limit.ts';
import type { ZodApp } from '../../../platform/http/types.ts';
import { type RequireAccount, requestFacts } from '../../accounts/index.ts';
import type { PortalContext } from '../context.ts';
import { fileTicket } from './file-ticket.ts';
import { recentTickets } from './ticket-repository.ts';

/** A ticket is a few kilobytes of text: nothing larger needs reading. */
const ticketBodyLimit = 32 * 1024;

/**
 * Who files a ticket, when anyone: a live session links the ticket to its account. No session, an
 * ended one, or withdrawn access leaves an anonymous request — support is for those too (REG-13).
 */
function identifyIfLoggedIn(requireAccount: RequireAccount) {
  const guard = requireAccount({ beforePasswordChange: true });
  return async (request: FastifyRequest, reply: FastifyReply) => {
    try {
      await guard(request, reply);
    } catch (error) {
      if (!(error instanceof AppError && (error.code === 'AUTH_REQUIRED' || error.code.startsWith('ACCESS_'))))
        throw error;
    }
  };
}

export async function supportRoutes(
  app: ZodApp,
  { ctx, requireAccount }: { ctx: PortalContext; requireAccount: RequireAccount },
): Promise<void> {
  const limit = rateLimit({ limit: ctx.portal.supportRatePerHour, windowMs: 3_600_000, clock: ctx.clock });

  const route = contractRoutes(app, { tags: ['support'] });

  route(routes.file, {
    summary: 'Write to the support service (REG-13, ACC-11, WD-32)',
    description:
      'Open to everyone, without log-in, and limited per client address per hour (429 RATE_LIMITED above it). From a live session the ticket is linked to its account. The ticket gets a number SUP-YEAR-NNNNNN and is e-mailed to the support service and, as a confirmation, to `email`, in the language of Accept-Language.',
    bodyLimit: ticketBodyLimit,
    preHandler: [limit.check, identifyIfLoggedIn(requireAccount)],
    handler: async (request, reply) => {
      const filed = await fileTicket(ctx, request.body, {
        account: request.auth?.account ?? null,
        facts: requestFacts(request),
      });
      return reply.status(201).send(filed);
    },
  });

  route(routes.list, {
    summary: 'The latest support tickets (administrators)',
    preHandler: requireAccount({ kinds: ['admin'] }),
    handler: async (request) => ({ items: await recentTickets(ctx.db, request.query.limit) }),
  });
}
