import { declarantDecisionRoutes as r } from '@shekara/contracts/declarations/officer';
import { contractRoutes } from '../../../platform/http/contract-routes.ts';
import type { ZodApp } from '../../../platform/http/types.ts';
import { caller } from '../../accounts/index.ts';
import type { DeclarationsContext } from '../context.ts';
import { decisionsInbox, readDecision, readDecisions, unreadDecisions } from './declarant-decisions.ts';

/** The declarant's side of decisions (ACC-21): the cabinet's inbox of what customs decided, and marking one read. */
export async function declarantDecisionRoutes(app: ZodApp, { ctx }: { ctx: DeclarationsContext }): Promise<void> {
  const route = contractRoutes(app, {
    tags: ['declarations'],
    access: { audience: 'user', object: 'own-organisation' },
  });

  route(r.list, {
    summary: 'Decisions on the organisation’s declarations, newest first (ACC-21)',
    handler: async (request) =>
      decisionsInbox(
        ctx.db,
        caller(request).account,
        { unread: request.query.unread === 'true', page: request.query.page },
        request.language,
      ),
  });

  route(r.unread, {
    summary: 'How many decisions are unread (the count in the cabinet’s menu)',
    // a count of the caller's own organisation's decisions, no object named: every user may ask
    access: { audience: 'user' },
    handler: async (request) => unreadDecisions(ctx.db, caller(request).account),
  });

  route(r.read, {
    summary: 'Mark the decisions the declarant was shown read (issue 19 point 5)',
    description:
      'All or none: a decision not the organisation’s answers 404 DECL_DECISION_NOT_FOUND and nothing is marked. Marking again keeps the first reading’s time.',
    handler: async (request) => readDecisions(ctx.db, ctx.clock, caller(request).account, request.body.ids),
  });

  route(r.markRead, {
    summary: 'Mark a decision read',
    handler: async (request) => readDecision(ctx.db, ctx.clock, caller(request).account, request.params.id),
  });
}
