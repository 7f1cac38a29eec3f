import { defineRoute } from '../../http.ts';
import * as s from './schemas.ts';

/** Customs representation: whom the caller represents and who represents the caller. */
export const representationRoutes = {
  register: defineRoute({
    method: 'POST',
    path: '/api/v1/representations',
    body: s.newRepresentation,
    response: { 201: s.representationView },
  }),
  mine: defineRoute({ method: 'GET', path: '/api/v1/representations', response: { 200: s.representationList } }),
  ofMe: defineRoute({ method: 'GET', path: '/api/v1/representations/of-me', response: { 200: s.representationList } }),
  end: defineRoute({
    method: 'POST',
    path: '/api/v1/representations/:declarantIinBin/:contractNumber/end',
    params: s.representationKey,
    body: s.endRequest,
    response: { 200: s.representationView },
  }),
};
