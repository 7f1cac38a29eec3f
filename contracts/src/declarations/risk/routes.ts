import { defineRoute } from '../../http.ts';
import * as s from './schemas.ts';

const base = '/api/v1/admin/risk-profiles';

/** The administrators' risk profiles (ACC-17). */
export const riskProfileRoutes = {
  list: defineRoute({ method: 'GET', path: base, response: { 200: s.riskProfileList } }),
  create: defineRoute({ method: 'POST', path: base, body: s.riskProfileBody, response: { 201: s.riskProfileView } }),
  change: defineRoute({
    method: 'PUT',
    path: `${base}/:id`,
    params: s.riskProfileParams,
    body: s.riskProfileBody,
    response: { 200: s.riskProfileView },
  }),
};
