import { riskProfileRoutes as r } from '@shekara/contracts/declarations/risk';
import { contractRoutes } from '../../../platform/http/contract-routes.ts';
import type { ZodApp } from '../../../platform/http/types.ts';
import { caller, requestFacts } from '../../accounts/index.ts';
import type { DeclarationsContext } from '../context.ts';
import { changeRiskProfile, createRiskProfile } from './profile-admin.ts';
import { listRiskProfiles, type StoredRiskProfile } from './risk-repository.ts';

const present = (p: StoredRiskProfile) => ({
  ...p,
  conditions: p.conditions as Record<string, unknown>,
  createdAt: p.createdAt.toISOString(),
  updatedAt: p.updatedAt.toISOString(),
});

/** Administrators' configuration of the risk profiles that route registered declarations (ACC-17). */
export async function riskProfileRoutes(app: ZodApp, { ctx }: { ctx: DeclarationsContext }): Promise<void> {
  const route = contractRoutes(app, { tags: ['declarations: risk'], access: { audience: 'administrator' } });

  route(r.list, {
    summary: 'Risk profiles, highest priority first (ACC-17)',
    handler: async () => ({ profiles: (await listRiskProfiles(ctx.db)).map(present) }),
  });

  route(r.create, {
    summary: 'Add a risk profile',
    description:
      'Conditions: hsPrefixes, originCountries, minCustomsValue (tenge), maxPriorDeclarations (earlier released declarations of the declarant), kinds. All given must hold; the highest-priority matching profile decides the channel, none → green.',
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(present(await createRiskProfile(ctx, caller(request).account, request.body, requestFacts(request)))),
  });

  route(r.change, {
    summary: 'Change a risk profile (deactivate with active: false)',
    handler: async (request) =>
      present(
        await changeRiskProfile(ctx, caller(request).account, request.params.id, request.body, requestFacts(request)),
      ),
  });
}
