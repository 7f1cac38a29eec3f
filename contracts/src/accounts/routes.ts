import { defineRoute } from '../http.ts';
import * as s from './schemas.ts';

/** Registration (REG-4..12), log-in and sessions (ACC-6, WD-21, WD-22), the user's own data (ACC-23, AST-8). */
export const accountRoutes = {
  register: defineRoute({
    method: 'POST',
    path: '/api/v1/registrations',
    body: s.registrationRequest,
    response: { 201: s.registrationResponse },
  }),
  confirm: defineRoute({
    method: 'POST',
    path: '/api/v1/registrations/confirm',
    body: s.confirmRequest,
    response: { 200: s.confirmResponse },
  }),
  logInBySignature: defineRoute({
    method: 'POST',
    path: '/api/v1/auth/login/signature',
    body: s.signatureLoginRequest,
    response: { 200: s.meResponse },
  }),
  logInByPassword: defineRoute({
    method: 'POST',
    path: '/api/v1/auth/login/password',
    body: s.passwordLoginRequest,
    response: { 200: s.meResponse },
  }),
  logOut: defineRoute({ method: 'POST', path: '/api/v1/auth/logout' }),
  me: defineRoute({ method: 'GET', path: '/api/v1/me', response: { 200: s.meResponse } }),
  changeContact: defineRoute({ method: 'PATCH', path: '/api/v1/me', body: s.contactChangeRequest }),
  changePassword: defineRoute({ method: 'POST', path: '/api/v1/me/password', body: s.passwordChangeRequest }),
  certificates: defineRoute({ method: 'GET', path: '/api/v1/me/certificates', response: { 200: s.certificateList } }),
  bindCertificate: defineRoute({
    method: 'POST',
    path: '/api/v1/me/certificates',
    body: s.bindCertificateRequest,
    response: { 200: s.bindCertificateResponse },
  }),
  sessions: defineRoute({ method: 'GET', path: '/api/v1/me/sessions', response: { 200: s.sessionList } }),
  endSession: defineRoute({ method: 'DELETE', path: '/api/v1/me/sessions/:id', params: s.idParam }),
  history: defineRoute({ method: 'GET', path: '/api/v1/me/history', response: { 200: s.historyResponse } }),
};

/** What officers see of the accounts registered at their body (issue 4 points 7 and 10). */
export const officerAccountRoutes = {
  list: defineRoute({
    method: 'GET',
    path: '/api/v1/officer/accounts',
    querystring: s.accountSearchQuery,
    response: { 200: s.accountList },
  }),
  one: defineRoute({
    method: 'GET',
    path: '/api/v1/officer/accounts/:id',
    params: s.idParam,
    response: { 200: s.accountDetail },
  }),
  endSession: defineRoute({
    method: 'DELETE',
    path: '/api/v1/officer/accounts/:id/sessions/:sessionId',
    params: s.accountSessionParams,
  }),
};
