import { representationRoutes as r } from '@shekara/contracts/declarations/representation';
import { contractRoutes } from '../../../platform/http/contract-routes.ts';
import type { ZodApp } from '../../../platform/http/types.ts';
import { caller, requestFacts } from '../../accounts/index.ts';
import { almatyDate } from '../../reference/index.ts';
import type { DeclarationsContext } from '../context.ts';
import {
  assertRepresentative,
  endRepresentationContract,
  registerRepresentation,
  representationView,
} from './register-representation.ts';
import { representationsBy, representationsOf } from './repository.ts';

/** Routes of the declarations module: customs representatives and the declarants they act for. */
export async function representationRoutes(app: ZodApp, { ctx }: { ctx: DeclarationsContext }): Promise<void> {
  const user = { audience: 'user' } as const;
  const representative = { audience: 'user', userTypes: ['customs_representative'] } as const;
  const today = () => almatyDate(ctx.clock.now());

  const route = contractRoutes(app, { tags: ['customs representation'], access: user });

  route(r.register, {
    summary: 'Register a declarant the caller represents as customs representative',
    description:
      'For accounts of the customs representative type only (DECL_REPRESENTATIVE_ONLY). While the contract is in force, the representative’s signature is accepted for the declarant’s documents.',
    access: representative,
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(await registerRepresentation(ctx, caller(request).account, requestFacts(request), request.body)),
  });

  route(r.mine, {
    summary: 'The declarants the caller represents',
    access: { ...representative, object: 'own-organisation' },
    handler: async (request) => {
      const { account } = caller(request);
      assertRepresentative(account);
      const now = today();
      return { items: (await representationsBy(ctx.db, account.iinBin)).map((r) => representationView(r, now)) };
    },
  });

  route(r.ofMe, {
    summary: 'Who represents the caller before customs',
    handler: async (request) => {
      const now = today();
      return {
        items: (await representationsOf(ctx.db, caller(request).account.iinBin)).map((r) => representationView(r, now)),
      };
    },
  });

  route(r.end, {
    summary: 'End a representation contract',
    description:
      'The contract stays in force up to and including `validTo` (today when absent); it cannot be moved later than an end already set (DECL_REPRESENTATION_ENDED).',
    access: { ...representative, object: 'own-organisation' },
    handler: async (request) =>
      endRepresentationContract(
        ctx,
        caller(request).account,
        requestFacts(request),
        request.params,
        request.body ?? {},
      ),
  });
}
