import type { RouteOutput } from '@shekara/contracts/http';
import { referenceRoutes } from '@shekara/contracts/reference';
import { call } from '../../api/client.ts';

type Region = RouteOutput<typeof referenceRoutes.regions>['items'][number];
type CustomsBody = RouteOutput<typeof referenceRoutes.customsBodies>['items'][number];

export const fetchRegions = async () => (await call(referenceRoutes.regions)).items;

export const fetchTerritorialDepartments = async () =>
  (await call(referenceRoutes.customsBodies, { query: { kind: 'territorial_department' } })).items;
