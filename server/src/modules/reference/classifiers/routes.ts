import { classifierNames, classifierTitles, isClassifierName, referenceRoutes } from '@shekara/contracts/reference';
import type { Clock } from '../../../platform/clock.ts';
import type { Database } from '../../../platform/db/database.ts';
import { contractRoutes } from '../../../platform/http/contract-routes.ts';
import type { ZodApp } from '../../../platform/http/types.ts';
import { cacheable } from '../routes.ts';
import { almatyDate } from '../working-days.ts';
import { ClassifierErrors } from './errors.ts';
import { classifierCountsAt, classifierItemsAt } from './items-at.ts';

/** The classifiers of customs declarations (issue 5 points 1 and 5, ACC-13). */
export async function classifierRoutes(app: ZodApp, { db, clock }: { db: Database; clock: Clock }): Promise<void> {
  const route = contractRoutes(app, { tags: ['reference'] });

  route(referenceRoutes.classifiers, {
    summary: 'Classifiers',
    description:
      'The classifiers of customs declarations, with their titles in kk, ru and en and how many items each has in force today.',
    handler: async (request, reply) => {
      const counts = await classifierCountsAt(db, almatyDate(clock.now()));
      const classifiers = classifierNames.map((name) => ({ name, title: classifierTitles[name], count: counts[name] }));
      return cacheable(request, reply, { classifiers });
    },
  });

  route(referenceRoutes.classifier, {
    summary: 'One classifier at a date',
    description: 'The items of a classifier in force on `date` (today in Almaty by default).',
    handler: async (request, reply) => {
      const { name } = request.params;
      if (!isClassifierName(name)) throw ClassifierErrors.REFERENCE_CLASSIFIER_NOT_FOUND({ name });
      const date = request.query.date ?? almatyDate(clock.now());
      return cacheable(request, reply, { name, date, items: await classifierItemsAt(db, name, date) });
    },
  });
}
