import { defineRoute } from '../http.ts';
import * as s from './schemas.ts';

const base = '/api/v1/officer/credentials-requests';

/** The territorial body's work on requests for a login and password (AST-2..AST-5). */
export const credentialsRoutes = {
  registerPaper: defineRoute({
    method: 'POST',
    path: base,
    body: s.paperRequestBody,
    response: { 201: s.filedResponse },
  }),
  queue: defineRoute({ method: 'GET', path: base, querystring: s.queueQuery, response: { 200: s.queueResponse } }),
  one: defineRoute({ method: 'GET', path: `${base}/:id`, params: s.idParam, response: { 200: s.requestDetail } }),
  approve: defineRoute({
    method: 'POST',
    path: `${base}/:id/approve`,
    params: s.idParam,
    response: { 200: s.approvedResponse },
  }),
  reject: defineRoute({
    method: 'POST',
    path: `${base}/:id/reject`,
    params: s.idParam,
    body: s.rejectBody,
    response: { 200: s.rejectedResponse },
  }),
  letter: defineRoute({
    method: 'GET',
    path: `${base}/:id/letter.pdf`,
    params: s.idParam,
    produces: 'application/pdf',
  }),
  noticeSent: defineRoute({
    method: 'POST',
    path: `${base}/:id/notice-sent`,
    params: s.idParam,
    response: { 200: s.noticeSentResponse },
  }),
};
