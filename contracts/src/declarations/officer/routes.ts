import { z } from 'zod';
import { readReasonQuery } from '../../accounts/data-reads.ts';
import { defineRoute, routesAt } from '../../http.ts';
import * as s from './schemas.ts';

const officer = routesAt('/api/v1/officer');
const one = '/api/v1/officer/declarations/:registrationNumber';
const registered = routesAt(one, s.numberParam);
const payload = routesAt(`${one}/decision-payload`, s.numberParam);
const attachment = routesAt(`${one}/attachments/:attachmentId`, s.attachmentParams);

/** The officer's side: the inbox, a registered declaration, and the signed decision on it (issue 6 points 7–9). */
export const officerRoutes = {
  inbox: officer('GET', '/inbox', { querystring: s.inboxQuery, response: { 200: s.inboxResponse } }),
  one: registered('GET', '', { querystring: readReasonQuery, response: { 200: s.declarationView } }),
  attachment: attachment('GET', '', { querystring: readReasonQuery, produces: 'application/octet-stream' }),
  decisionPayload: payload('GET', '', {
    querystring: s.payloadQuery.extend(readReasonQuery.shape),
    response: { 200: s.payloadResponse },
  }),
  // The GET's address moved into the body, its reason for reading with it.
  decisionPayloadFor: payload('POST', '', {
    body: s.payloadBody.extend(readReasonQuery.shape),
    response: { 200: s.payloadResponse },
  }),
  decide: registered('POST', '/decisions', { body: s.decisionBody, response: { 201: s.decisionResponse } }),
  /** A signed copy beside the one before it: a resubmission after a requested correction (issue 19 point 5). */
  comparison: registered('GET', '/comparison', {
    querystring: s.comparisonQuery.extend(readReasonQuery.shape),
    response: { 200: s.copyComparison },
  }),
};

const decisionsPath = '/api/v1/declarations/decisions';
const decisions = routesAt(decisionsPath);

/** The declarant's inbox of decisions on the organisation's declarations (ACC-21). */
export const declarantDecisionRoutes = {
  list: decisions('GET', '', { querystring: s.decisionsQuery, response: { 200: s.decisionsResponse } }),
  /** How many are still unread: the count beside the cabinet's menu entry. */
  unread: decisions('GET', '/unread', { response: { 200: z.object({ unread: z.number().int().min(0) }) } }),
  /** Several at once: those the declarant was shown (the declaration's page, the inbox's page). */
  read: decisions('POST', '/read', { body: s.decisionsReadBody, response: { 200: s.decisionsReadResponse } }),
  markRead: defineRoute({
    method: 'POST',
    path: `${decisionsPath}/:id/read`,
    params: z.object({ id: z.uuid() }),
    response: { 200: z.object({ readAt: z.string() }) },
  }),
};
