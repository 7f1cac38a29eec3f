import { operatorRegisterRoutes as r } from '@shekara/contracts/registers';
import type { Clock } from '../../platform/clock.ts';
import type { Database } from '../../platform/db/database.ts';
import { contractRoutes } from '../../platform/http/contract-routes.ts';
import type { ZodApp } from '../../platform/http/types.ts';
import { caller, requestFacts } from '../accounts/index.ts';
import { addRegisterEntry, endRegisterEntry } from './editor.ts';
import { listEntries } from './entries.ts';

/**
 * The officers' editor of the registers (REG-3, REG-5): officers and administrators read and
 * search every register, put a person on one and end an entry. The customs authority keeps the
 * registers for the whole country, so no body scope applies.
 */
export async function operatorRegisterRoutes(app: ZodApp, ctx: { db: Database; clock: Clock }): Promise<void> {
  const route = contractRoutes(app, { tags: ['officer', 'registers'], access: { audience: 'staff' } });

  route(r.list, {
    summary: 'Entries of the registers of persons in customs business, searched',
    handler: async (request) => listEntries(ctx.db, request.query),
  });

  route(r.add, {
    summary: 'Put a person on a register',
    description:
      'From the day `validFrom` the person may register and act as a user of that type (REG_NOT_ON_REGISTER otherwise). An entry whose period meets another of the same person on the same register is refused (REGISTER_ENTRY_OVERLAPS).',
    handler: async (request, reply) =>
      reply.status(201).send(await addRegisterEntry(ctx, caller(request).account, requestFacts(request), request.body)),
  });

  route(r.end, {
    summary: 'End a register entry: the person excluded, suspended, or its certificate expired',
    description:
      'The person stays on the register up to and including `validTo`; an end already set is not moved later.',
    handler: async (request) =>
      endRegisterEntry(ctx, caller(request).account, requestFacts(request), request.params.id, request.body),
  });
}
