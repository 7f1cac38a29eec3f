import { defineRoute, routesAt } from '../http.ts';
import { readReasonQuery } from './data-reads.ts';
import * as s from './schemas.ts';

const api = routesAt('/api/v1');
const auth = routesAt('/api/v1/auth');
const me = routesAt('/api/v1/me');

/** Registration (REG-4..12), log-in and sessions (ACC-6, WD-21, WD-22), the user's own data (ACC-23, AST-8). */
export const accountRoutes = {
  register: api('POST', '/registrations', { body: s.registrationRequest, response: { 201: s.registrationResponse } }),
  confirm: api('POST', '/registrations/confirm', { body: s.confirmRequest, response: { 200: s.confirmResponse } }),
  logInBySignature: auth('POST', '/login/signature', {
    body: s.signatureLoginRequest,
    response: { 200: s.meResponse },
  }),
  logInByPassword: auth('POST', '/login/password', { body: s.passwordLoginRequest, response: { 200: s.meResponse } }),
  heldSessions: auth('POST', '/held-sessions', { body: s.heldSessionsRequest, response: { 200: s.heldSessionList } }),
  endHeldSessions: auth('POST', '/held-sessions/end', {
    body: s.endHeldSessionsRequest,
    response: { 200: s.endHeldSessionsResponse },
  }),
  logOut: auth('POST', '/logout', {}),
  proveSession: auth('POST', '/session/signature', { body: s.proveSessionRequest, response: { 200: s.meResponse } }),
  me: me('GET', '', { response: { 200: s.meResponse } }),
  changeContact: me('PATCH', '', { body: s.contactChangeRequest }),
  changePassword: me('POST', '/password', { body: s.passwordChangeRequest }),
  certificates: me('GET', '/certificates', { response: { 200: s.certificateList } }),
  bindCertificate: me('POST', '/certificates', {
    body: s.bindCertificateRequest,
    response: { 200: s.bindCertificateResponse },
  }),
  sessions: me('GET', '/sessions', { response: { 200: s.sessionList } }),
  endSession: defineRoute({ method: 'DELETE', path: '/api/v1/me/sessions/:id', params: s.idParam }),
  history: me('GET', '/history', { response: { 200: s.historyResponse } }),
  consents: me('GET', '/consents', { response: { 200: s.consentList } }),
  dataReads: me('GET', '/data-reads', { querystring: s.dataReadsQuery, response: { 200: s.dataReadsResponse } }),
};

const accounts = '/api/v1/officer/accounts';
const account = routesAt(`${accounts}/:id`, s.idParam);

/** What officers see of the accounts registered at their body (issue 4 points 7 and 10). */
export const officerAccountRoutes = {
  list: defineRoute({
    method: 'GET',
    path: accounts,
    querystring: s.accountSearchQuery,
    response: { 200: s.accountList },
  }),
  one: account('GET', '', { querystring: readReasonQuery, response: { 200: s.accountDetail } }),
  endSession: defineRoute({
    method: 'DELETE',
    path: `${accounts}/:id/sessions/:sessionId`,
    params: s.accountSessionParams,
  }),
  releaseLogin: defineRoute({
    method: 'POST',
    path: `${accounts}/:id/logins/:loginId/release`,
    params: s.accountLoginParams,
    response: { 200: s.workplaceLoginView },
  }),
};
