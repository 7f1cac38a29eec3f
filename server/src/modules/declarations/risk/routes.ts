import { z } from 'zod';
import type { ZodApp } from '../../../platform/http/types.ts';
import { caller, requestFacts, type RequireAccount } from '../../accounts/index.ts';
import type { DeclarationsContext } from '../context.ts';
import { riskChannels, riskConditions } from './conditions.ts';
import { changeRiskProfile, createRiskProfile } from './profile-admin.ts';
import { listRiskProfiles, type StoredRiskProfile } from './risk-repository.ts';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const profileBody = z
  .object({
    name: z.string().trim().min(1).max(200),
    conditions: riskConditions,
    channel: z.enum(riskChannels),
    priority: z.number().int().min(0).max(1_000_000).default(100),
    active: z.boolean().default(true),
    validFrom: day,
    validTo: day.nullable().default(null),
  })
  .strict();

const profileView = z.object({
  id: z.string(),
  name: z.string(),
  conditions: z.record(z.string(), z.unknown()),
  channel: z.enum(riskChannels),
  priority: z.number(),
  active: z.boolean(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

const present = (p: StoredRiskProfile) => ({ ...p, conditions: p.conditions as Record<string, unknown>, createdAt: p.createdAt.toISOString(), updatedAt: p.updatedAt.toISOString() });

/** Administrators' configuration of the risk profiles that route registered declarations (ACC-17). */
export async function riskProfileRoutes(app: ZodApp, { ctx, requireAccount }: { ctx: DeclarationsContext; requireAccount: RequireAccount }): Promise<void> {
  const admin = requireAccount({ kinds: ['admin'] });
  const tags = ['declarations: risk'];
  const base = '/api/v1/admin/risk-profiles';

  app.get(
    base,
    { preHandler: admin, schema: { summary: 'Risk profiles, highest priority first (ACC-17)', tags, response: { 200: z.object({ profiles: z.array(profileView) }) } } },
    async () => ({ profiles: (await listRiskProfiles(ctx.db)).map(present) }),
  );

  app.post(
    base,
    {
      preHandler: admin,
      schema: {
        summary: 'Add a risk profile',
        description: 'Conditions: hsPrefixes, originCountries, minCustomsValue (tenge), maxPriorDeclarations (earlier released declarations of the declarant), kinds. All given must hold; the highest-priority matching profile decides the channel, none → green.',
        tags,
        body: profileBody,
        response: { 201: profileView },
      },
    },
    async (request, reply) => reply.status(201).send(present(await createRiskProfile(ctx, caller(request).account, request.body, requestFacts(request)))),
  );

  app.put(
    `${base}/:id`,
    { preHandler: admin, schema: { summary: 'Change a risk profile (deactivate with active: false)', tags, params: z.object({ id: z.uuid() }), body: profileBody, response: { 200: profileView } } },
    async (request) => present(await changeRiskProfile(ctx, caller(request).account, request.params.id, request.body, requestFacts(request))),
  );
}
