import type { Clock } from '../../platform/clock.ts';
import type { Database } from '../../platform/db/database.ts';
import type { ZodApp } from '../../platform/http/types.ts';
import { issueChallenge } from './challenges.ts';
import { challengeResponse } from './schemas.ts';

export async function signatureRoutes(app: ZodApp, { db, clock }: { db: Database; clock: Clock }): Promise<void> {
  app.get(
    '/api/v1/auth/challenge',
    {
      schema: {
        summary: 'A fresh log-in challenge',
        description: 'A single-use nonce, valid for 5 minutes, to be signed with the NCA authentication key (ACC-6, REG-10).',
        tags: ['auth'],
        response: { 200: challengeResponse },
      },
    },
    async (_request, reply) => {
      const challenge = await issueChallenge(db, clock);
      reply.header('cache-control', 'no-store');
      return { nonce: challenge.nonce, expiresAt: challenge.expiresAt.toISOString() };
    },
  );
}
