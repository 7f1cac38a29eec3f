import { getJson } from '../../api.ts';
import type { Language } from '../../i18n/index.ts';
import { withQuery } from './paths.ts';

export interface ClassifierSummary {
  name: string;
  title: Record<Language, string>;
  count: number;
}

export interface ClassifierItem {
  code: string;
  name: Record<Language, string>;
  validFrom: string;
  validTo: string | null;
  extra?: Record<string, string | number | null>;
}

export interface Classifier {
  name: string;
  date: string;
  items: ClassifierItem[];
}

export const fetchClassifiers = async () => (await getJson<{ classifiers: ClassifierSummary[] }>('/api/v1/reference/classifiers')).classifiers;

export const fetchClassifier = (name: string, date: string) => getJson<Classifier>(withQuery(`/api/v1/reference/classifiers/${encodeURIComponent(name)}`, { date }));
