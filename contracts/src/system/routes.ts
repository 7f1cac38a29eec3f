import { defineRoute, routesAt } from '../http.ts';
import * as s from './schemas.ts';

export const systemRoutes = {
  health: defineRoute({ method: 'GET', path: '/health', response: { 200: s.healthResponse } }),
  /** The process answers: for a supervisor deciding whether to restart it. */
  live: defineRoute({ method: 'GET', path: '/health/live', response: { 200: s.liveResponse } }),
  /** The node may be given requests: for a load balancer deciding whether to send it any. */
  ready: defineRoute({ method: 'GET', path: '/health/ready', response: { 200: s.readyResponse } }),
  /** Prometheus' text format; guarded by a token or served on a port of its own (the server's METRICS_*). */
  metrics: defineRoute({ method: 'GET', path: '/metrics', produces: 'text/plain' }),
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
