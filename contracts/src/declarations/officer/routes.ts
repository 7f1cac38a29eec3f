import { z } from 'zod';
import { defineRoute } from '../../http.ts';
import * as s from './schemas.ts';

const one = '/api/v1/officer/declarations/:registrationNumber';

/** The officer's side: the inbox, a registered declaration, and the signed decision on it (issue 6 points 7–9). */
export const officerRoutes = {
  inbox: defineRoute({
    method: 'GET',
    path: '/api/v1/officer/inbox',
    querystring: s.inboxQuery,
    response: { 200: s.inboxResponse },
  }),
  refusalReasons: defineRoute({
    method: 'GET',
    path: '/api/v1/officer/refusal-reasons',
    response: { 200: s.refusalReasonsResponse },
  }),
  one: defineRoute({ method: 'GET', path: one, params: s.numberParam, response: { 200: s.declarationView } }),
  attachment: defineRoute({
    method: 'GET',
    path: `${one}/attachments/:attachmentId`,
    params: s.attachmentParams,
    produces: 'application/octet-stream',
  }),
  decisionPayload: defineRoute({
    method: 'GET',
    path: `${one}/decision-payload`,
    params: s.numberParam,
    querystring: s.payloadQuery,
    response: { 200: s.payloadResponse },
  }),
  decisionPayloadFor: defineRoute({
    method: 'POST',
    path: `${one}/decision-payload`,
    params: s.numberParam,
    body: s.payloadBody,
    response: { 200: s.payloadResponse },
  }),
  decide: defineRoute({
    method: 'POST',
    path: `${one}/decisions`,
    params: s.numberParam,
    body: s.decisionBody,
    response: { 201: s.decisionResponse },
  }),
};

/** The declarant's inbox of decisions on the organisation's declarations (ACC-21). */
export const declarantDecisionRoutes = {
  list: defineRoute({
    method: 'GET',
    path: '/api/v1/declarations/decisions',
    querystring: s.decisionsQuery,
    response: { 200: s.decisionsResponse },
  }),
  markRead: defineRoute({
    method: 'POST',
    path: '/api/v1/declarations/decisions/:id/read',
    params: z.object({ id: z.uuid() }),
    response: { 200: z.object({ readAt: z.string() }) },
  }),
};
