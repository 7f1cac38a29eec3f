import { defineRoute, routesAt } from '../../http.ts';
import * as s from './schemas.ts';

const base = '/api/v1/representations';
const representations = routesAt(base);
/** One of the caller's own representations, as its declarant names it: by representative and contract. */
const principal = routesAt(`${base}/of-me/:representativeBin/:contractNumber`, s.representativeKey);

/** Customs representation: whom the caller represents and who represents the caller. */
export const representationRoutes = {
  register: representations('POST', '', { body: s.newRepresentation, response: { 201: s.representationView } }),
  mine: representations('GET', '', { response: { 200: s.representationList } }),
  ofMe: representations('GET', '/of-me', { response: { 200: s.representationList } }),
  end: defineRoute({
    method: 'POST',
    path: `${base}/:declarantIinBin/:contractNumber/end`,
    params: s.representationKey,
    body: s.endRequest,
    response: { 200: s.representationView },
  }),
  /** The declarant confirms, with its signature, a representation registered by its representative. */
  confirm: principal('POST', '/confirm', { body: s.confirmRequest, response: { 200: s.representationView } }),
  /** The declarant ends a representation, confirmed or not: it need not ask its representative. */
  endByDeclarant: principal('POST', '/end', { body: s.endRequest, response: { 200: s.representationView } }),
  /** An officer enters a representation from the paper contract the declarant signed. */
  enterFromPaper: defineRoute({
    method: 'POST',
    path: '/api/v1/officer/representations',
    body: s.paperRepresentation,
    response: { 201: s.representationView },
  }),
  /** An officer reads the representations naming an IIN/BIN. */
  naming: defineRoute({
    method: 'GET',
    path: '/api/v1/officer/representations',
    querystring: s.namingQuery,
    response: { 200: s.representationList },
  }),
};
