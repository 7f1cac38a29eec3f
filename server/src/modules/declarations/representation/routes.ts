import { representationRoutes as r } from '@shekara/contracts/declarations/representation';
import { contractRoutes } from '../../../platform/http/contract-routes.ts';
import type { ZodApp } from '../../../platform/http/types.ts';
import { caller, requestFacts } from '../../accounts/index.ts';
import { almatyDate } from '../../reference/index.ts';
import type { DeclarationsContext } from '../context.ts';
import { confirmRepresentationContract } from './confirm-representation.ts';
import { enterRepresentationFromPaper } from './enter-from-paper.ts';
import {
  assertRepresentative,
  endContract,
  endRepresentationContract,
  registerRepresentation,
  representationView,
} from './register-representation.ts';
import { representationsBy, representationsNaming, representationsOf } from './repository.ts';

/** Routes of the declarations module: customs representatives and the declarants they act for. */
export async function representationRoutes(app: ZodApp, { ctx }: { ctx: DeclarationsContext }): Promise<void> {
  // Representation binds a declarant to another's signature: the internal module's (ACC-6).
  const user = { audience: 'user', internal: true } as const;
  const representative = { audience: 'user', userTypes: ['customs_representative'], internal: true } as const;
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

  // The caller's own representations: another caller finds no such contract (DECL_REPRESENTATION_NOT_FOUND).
  const principal = { audience: 'user', object: 'own-organisation', internal: true } as const;

  route(r.confirm, {
    access: principal,
    summary: 'Confirm, with the declarant’s signature, a representation registered by its representative',
    description:
      'Until the declarant confirms it, a representation binds nobody: the representative cannot sign or file for the declarant. The signature is a CMS with a signing key of the declarant (its IIN, or an employee under its BIN) over representationConfirmationPayload of the terms as registered.',
    handler: async (request) =>
      confirmRepresentationContract(
        ctx,
        caller(request).account,
        requestFacts(request),
        request.params,
        request.body.signature,
      ),
  });

  // Officers: representations from paper contracts, and what names a person (ACC-9).
  route(r.enterFromPaper, {
    access: { audience: 'officer' },
    summary: 'Enter a representation from the paper contract the declarant signed',
    description:
      'For a declarant that agreed on paper rather than with its signature in its cabinet: the contract binds at once (a contract the representative registered on the same terms is confirmed). The representative must be on the register of customs representatives (REG_NOT_ON_REGISTER).',
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(await enterRepresentationFromPaper(ctx, caller(request).account, requestFacts(request), request.body)),
  });

  route(r.naming, {
    access: { audience: 'staff' },
    summary: 'The representations naming an IIN/BIN, as representative or declarant',
    handler: async (request) => {
      const now = today();
      return {
        items: (await representationsNaming(ctx.db, request.query.iinBin)).map((r) => representationView(r, now)),
      };
    },
  });

  route(r.endByDeclarant, {
    access: principal,
    summary: 'End a representation of the caller, confirmed or not',
    description:
      'The declarant need not ask its representative: the contract stays in force up to and including `validTo` (today when absent).',
    handler: async (request) => {
      const { account } = caller(request);
      return endContract(
        ctx,
        account,
        requestFacts(request),
        { ...request.params, declarantIinBin: account.iinBin },
        request.body ?? {},
        'declarant',
      );
    },
  });
}
