import type { RouteInput, RouteOutput } from '@shekara/contracts/http';
import { customsBodyKinds, referenceRoutes } from '@shekara/contracts/reference';
import { call } from '../../api/client.ts';

export const customsOfficeKinds = customsBodyKinds;

export type CustomsOffice = RouteOutput<typeof referenceRoutes.customsOffices>['offices'][number];

type OfficeQuery = NonNullable<RouteInput<typeof referenceRoutes.customsOffices>['query']>;

/**
 * What the offices page filters by: the route's query but the day (left to the server), each as
 * the text a select gives; the server refuses a kind it does not know.
 */
export type CustomsOfficeFilter = { [Name in Exclude<keyof OfficeQuery, 'date'>]?: string };

export const fetchCustomsOffices = async (filter: CustomsOfficeFilter) =>
  (await call(referenceRoutes.customsOffices, { query: filter as OfficeQuery })).offices;

/** The regions of Kazakhstan (KATO prefixes), to filter offices by. */
export const fetchRegions = async () => (await call(referenceRoutes.regions)).items;
