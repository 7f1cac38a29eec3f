import { referenceRoutes } from '@shekara/contracts/reference';
import { call } from '../../api/client.ts';

export const fetchRegions = async () => (await call(referenceRoutes.regions)).items;

export const fetchTerritorialDepartments = async () =>
  (await call(referenceRoutes.customsBodies, { query: { kind: 'territorial_department' } })).items;
