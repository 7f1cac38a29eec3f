import { getJson } from '../../api.ts';
import type { Language } from '../../i18n/index.ts';
import { withQuery } from './paths.ts';

export const customsOfficeKinds = ['territorial_department', 'customs_office', 'customs_post', 'border_checkpoint'] as const;
export type CustomsOfficeKind = (typeof customsOfficeKinds)[number];

export interface CustomsOffice {
  code: string;
  kind: CustomsOfficeKind;
  regionCode: string;
  parentCode: string | null;
  name: Record<Language, string>;
  address: string;
  acceptsDocumentKinds: string[];
}

export interface CustomsOfficeFilter {
  region?: string;
  kind?: string;
  documentKind?: string;
  q?: string;
}

export const fetchCustomsOffices = async (filter: CustomsOfficeFilter) =>
  (await getJson<{ offices: CustomsOffice[] }>(withQuery('/api/v1/reference/customs-offices', { ...filter }))).offices;

export interface Region {
  code: string;
  kind: 'region' | 'city';
  name: Record<Language, string>;
}

/** The regions of Kazakhstan (KATO prefixes), to filter offices by. */
export const fetchRegions = async () => (await getJson<{ items: Region[] }>('/api/v1/reference/classifiers/regions')).items;
