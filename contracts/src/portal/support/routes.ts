import { routesAt } from '../../http.ts';
import * as s from './schemas.ts';

const api = routesAt('/api/v1');

/** Support tickets: filed by anyone from the portal, read by administrators. */
export const supportRoutes = {
  file: api('POST', '/support/tickets', { body: s.ticketInput, response: { 201: s.filedTicket } }),
  contacts: api('GET', '/support/contacts', { response: { 200: s.supportContacts } }),
  list: api('GET', '/admin/support/tickets', { querystring: s.ticketListQuery, response: { 200: s.ticketList } }),
};
