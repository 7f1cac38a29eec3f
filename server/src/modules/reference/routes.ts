import type { Database } from '../../platform/db/database.ts';
import type { ZodApp } from '../../platform/http/types.ts';
import { listRegions } from './repository.ts';
import { regionList } from './schemas.ts';

export async function referenceRoutes(app: ZodApp, { db }: { db: Database }): Promise<void> {
  app.get(
    '/api/v1/reference/classifiers/regions',
    {
      schema: {
        summary: 'Regions of Kazakhstan',
        description: 'Oblasts and cities of republican significance with their KATO prefix and names in kk, ru and en.',
        tags: ['reference'],
        response: { 200: regionList },
      },
    },
    async () => ({ items: await listRegions(db) }),
  );
}
