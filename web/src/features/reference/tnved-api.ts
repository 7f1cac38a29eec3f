import type { RouteOutput } from '@shekara/contracts/http';
import { referenceRoutes } from '@shekara/contracts/reference';
import { call } from '../../api/client.ts';
export type TnvedSearchResult = RouteOutput<typeof referenceRoutes.tnvedSearch>;
export type TnvedHit = TnvedSearchResult['hits'][number];
export type TnvedPathItem = TnvedHit['path'][number];
export type TnvedName = TnvedPathItem['name'];
export type TnvedEntry = RouteOutput<typeof referenceRoutes.tnvedNode>;
export type TnvedChild = TnvedEntry['children'][number];
export type TnvedSections = RouteOutput<typeof referenceRoutes.tnvedSections>;

export const searchTnved = (q: string, date: string, limit = 50, signal?: AbortSignal) =>
  call(referenceRoutes.tnvedSearch, { query: { q, date, limit }, signal });

export const fetchTnvedEntry = (code: string, date: string) =>
  call(referenceRoutes.tnvedNode, { params: { code }, query: { date } });

export const fetchTnvedSections = (date: string) => call(referenceRoutes.tnvedSections, { query: { date } });
