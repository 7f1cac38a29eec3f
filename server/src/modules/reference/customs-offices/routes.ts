import { referenceRoutes } from '@shekara/contracts/reference';
import type { ZodApp } from '../../../platform/http/types.ts';
import { cacheableRoutes, dateOrToday, type ReferenceRouteOptions } from '../routes.ts';
import { listCustomsOffices } from './repository.ts';

/** Customs offices, posts and checkpoints with the documents each accepts (issue 5 points 1 and 5). */
export async function customsOfficeRoutes(app: ZodApp, { reads: db, clock }: ReferenceRouteOptions): Promise<void> {
  cacheableRoutes(app)(referenceRoutes.customsOffices, {
    summary: 'Customs offices',
    description:
      'Departments, customs offices, posts and border checkpoints in force on `date`, with the kinds of documents each accepts; filtered by region, kind, an accepted document kind, and the start of a code or part of a name.',
    answer: async ({ query: { region, kind, documentKind, q, date } }) => ({
      offices: await listCustomsOffices(db, {
        date: dateOrToday(date, clock),
        regionCode: region,
        kind,
        documentKind,
        text: q,
      }),
    }),
  });
}
