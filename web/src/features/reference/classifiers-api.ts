import type { RouteOutput } from '@shekara/contracts/http';
import { type ClassifierName, referenceRoutes } from '@shekara/contracts/reference';
import { call } from '../../api/client.ts';
export type Classifier = RouteOutput<typeof referenceRoutes.classifier>;
export type ClassifierItem = Classifier['items'][number];

export const fetchClassifiers = async () => (await call(referenceRoutes.classifiers)).classifiers;

/** The server answers 404 for a name it does not publish. */
export const fetchClassifier = (name: string, date: string) =>
  call(referenceRoutes.classifier, { params: { name: name as ClassifierName }, query: { date } });
