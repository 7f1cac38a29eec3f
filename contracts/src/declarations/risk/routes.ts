import { routesAt } from '../../http.ts';
import * as s from './schemas.ts';

const base = '/api/v1/admin/risk-profiles';
const profiles = routesAt(base);
const profile = routesAt(`${base}/:id`, s.riskProfileParams);

/** The administrators' risk profiles (ACC-17). */
export const riskProfileRoutes = {
  list: profiles('GET', '', { response: { 200: s.riskProfileList } }),
  create: profiles('POST', '', { body: s.riskProfileBody, response: { 201: s.riskProfileView } }),
  change: profile('PUT', '', { body: s.riskProfileBody, response: { 200: s.riskProfileView } }),
};
