import { routesAt } from '../http.ts';
import * as s from './schemas.ts';

const base = '/api/v1/officer/credentials-requests';
const requests = routesAt(base);
const request = routesAt(`${base}/:id`, s.idParam);

/** The territorial body's work on requests for a login and password (AST-2..AST-5). */
export const credentialsRoutes = {
  registerPaper: requests('POST', '', { body: s.paperRequestBody, response: { 201: s.filedResponse } }),
  queue: requests('GET', '', { querystring: s.queueQuery, response: { 200: s.queueResponse } }),
  one: request('GET', '', { response: { 200: s.requestDetail } }),
  approve: request('POST', '/approve', { body: s.approveBody.nullish(), response: { 200: s.approvedResponse } }),
  reject: request('POST', '/reject', { body: s.rejectBody, response: { 200: s.rejectedResponse } }),
  letter: request('GET', '/letter.pdf', { produces: 'application/pdf' }),
  noticeSent: request('POST', '/notice-sent', { response: { 200: s.noticeSentResponse } }),
};

const applicantBase = routesAt('/api/v1/credentials-requests');

/** The applicant's side, open to the public: a request filed online without the signature (REG-10). */
export const credentialsApplicantRoutes = {
  fileUnsigned: applicantBase('POST', '', {
    body: s.unsignedRequestBody,
    response: { 202: s.unsignedRequestFiled },
  }),
  confirm: applicantBase('POST', '/confirm', {
    body: s.unsignedRequestConfirmBody,
    response: { 201: s.filedResponse },
  }),
};
