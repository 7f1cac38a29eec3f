import { defineRoute } from '../../http.ts';
import * as s from './schemas.ts';

/** Support tickets: filed by anyone from the portal, read by administrators. */
export const supportRoutes = {
  file: defineRoute({
    method: 'POST',
    path: '/api/v1/support/tickets',
    body: s.ticketInput,
    response: { 201: s.filedTicket },
  }),
  list: defineRoute({
    method: 'GET',
    path: '/api/v1/admin/support/tickets',
    querystring: s.ticketListQuery,
    response: { 200: s.ticketList },
  }),
};
