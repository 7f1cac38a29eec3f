import { getJson } from '../../api.ts';
import { withQuery } from './paths.ts';
import type { RatesAtDate } from './rates-api.ts';

export type TnvedLevel = 'section' | 'chapter' | 'heading' | 'subheading';

/** TN VED names are official in Russian; Kazakh and English exist for part of the nomenclature. */
export interface TnvedName {
  ru: string;
  kk: string | null;
  en: string | null;
}

export interface TnvedPathItem {
  code: string;
  level: TnvedLevel;
  name: TnvedName;
}

export interface TnvedHit extends TnvedPathItem {
  path: TnvedPathItem[];
  rates: RatesAtDate | null;
  score: number;
}

export interface TnvedSearchResult {
  date: string;
  query: string;
  hits: TnvedHit[];
}

export interface TnvedChild extends TnvedPathItem {
  hasChildren: boolean;
}

export interface TnvedEntry extends TnvedPathItem {
  date: string;
  path: TnvedPathItem[];
  validFrom: string;
  validTo: string | null;
  children: TnvedChild[];
  rates: RatesAtDate | null;
}

export interface TnvedSections {
  date: string;
  sections: { code: string; name: TnvedName; chapters: { code: string; name: TnvedName }[] }[];
}

const base = '/api/v1/reference/tnved';

/** Search by code prefix or by words in ru/kk, ranked by the server. */
export const searchTnved = (q: string, date: string, limit = 50, signal?: AbortSignal) => getJson<TnvedSearchResult>(withQuery(base, { q, date, limit: String(limit) }), { signal });

export const fetchTnvedEntry = (code: string, date: string) => getJson<TnvedEntry>(withQuery(`${base}/${encodeURIComponent(code)}`, { date }));

/** The top two levels of the tree: sections and their chapters. */
export const fetchTnvedSections = (date: string) => getJson<TnvedSections>(withQuery(`${base}/sections`, { date }));
