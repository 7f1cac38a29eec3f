import { defineRoute, routesAt } from '../http.ts';
import * as s from './schemas.ts';

export const systemRoutes = {
  health: defineRoute({ method: 'GET', path: '/health', response: { 200: s.healthResponse } }),
};

const mailbox = routesAt('/api/v1/dev/mailbox');

/** Registered only outside production: the mail the system would have sent. */
export const devMailboxRoutes = {
  list: mailbox('GET', '', { querystring: s.mailboxQuery, response: { 200: s.mailbox } }),
  one: defineRoute({
    method: 'GET',
    path: '/api/v1/dev/mailbox/:id',
    params: s.mailboxMessageParams,
    response: { 200: s.mailboxMessageWithContent },
  }),
  clear: mailbox('DELETE', '', { response: { 200: s.mailboxCleared } }),
};
