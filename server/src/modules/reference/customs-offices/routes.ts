import { referenceRoutes } from '@shekara/contracts/reference';
import type { Clock } from '../../../platform/clock.ts';
import type { Database } from '../../../platform/db/database.ts';
import { contractRoutes } from '../../../platform/http/contract-routes.ts';
import type { ZodApp } from '../../../platform/http/types.ts';
import { cacheable } from '../routes.ts';
import { almatyDate } from '../working-days.ts';
import { listCustomsOffices } from './repository.ts';

/** Customs offices, posts and checkpoints with the documents each accepts (issue 5 points 1 and 5). */
export async function customsOfficeRoutes(app: ZodApp, { db, clock }: { db: Database; clock: Clock }): Promise<void> {
  const route = contractRoutes(app, { tags: ['reference'] });

  route(referenceRoutes.customsOffices, {
    summary: 'Customs offices',
    description:
      'Departments, customs offices, posts and border checkpoints in force on `date`, with the kinds of documents each accepts; filtered by region, kind, an accepted document kind, and the start of a code or part of a name.',
    handler: async (request, reply) => {
      const { region, kind, documentKind, q, date } = request.query;
      const offices = await listCustomsOffices(db, {
        date: date ?? almatyDate(clock.now()),
        regionCode: region,
        kind,
        documentKind,
        text: q,
      });
      return cacheable(request, reply, { offices });
    },
  });
}
