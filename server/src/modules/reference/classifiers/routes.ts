import { classifierNames, classifierTitles, isClassifierName, referenceRoutes } from '@shekara/contracts/reference';
import type { ZodApp } from '../../../platform/http/types.ts';
import { cacheableRoutes, dateOrToday, type ReferenceRouteOptions } from '../routes.ts';
import { almatyDate } from '../working-days.ts';
import { ClassifierErrors } from './errors.ts';
import { classifierCountsAt, classifierItemsAt } from './items-at.ts';

/** The classifiers of customs declarations (issue 5 points 1 and 5, ACC-13). */
export async function classifierRoutes(app: ZodApp, { reads: db, clock }: ReferenceRouteOptions): Promise<void> {
  const route = cacheableRoutes(app);

  route(referenceRoutes.classifiers, {
    summary: 'Classifiers',
    description:
      'The classifiers of customs declarations, with their titles in kk, ru and en and how many items each has in force today.',
    answer: async () => {
      const counts = await classifierCountsAt(db, almatyDate(clock.now()));
      return {
        classifiers: classifierNames.map((name) => ({ name, title: classifierTitles[name], count: counts[name] })),
      };
    },
  });

  route(referenceRoutes.classifier, {
    summary: 'One classifier at a date',
    description: 'The items of a classifier in force on `date` (today in Almaty by default).',
    answer: async ({ params: { name }, query }) => {
      if (!isClassifierName(name)) throw ClassifierErrors.REFERENCE_CLASSIFIER_NOT_FOUND({ name });
      const date = dateOrToday(query.date, clock);
      return { name, date, items: await classifierItemsAt(db, name, date) };
    },
  });
}
