import { getJson } from '../../api.ts';
import type { Language } from '../../i18n/index.ts';

export interface Region {
  code: string;
  kind: 'region' | 'city';
  name: Record<Language, string>;
}

export interface CustomsBody {
  code: string;
  regionCode: string;
  name: Record<Language, string>;
  address: string;
}

/** The regions of Kazakhstan: the applicant's region decides which territorial body reviews the request (AST-2). */
export const fetchRegions = async () => (await getJson<{ items: Region[] }>('/api/v1/reference/classifiers/regions')).items;

/** The territorial departments, to name the one a credentials request went to. */
export const fetchTerritorialDepartments = async () => (await getJson<{ items: CustomsBody[] }>('/api/v1/reference/customs-bodies?kind=territorial_department')).items;
