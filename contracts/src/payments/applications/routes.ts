import { readReasonQuery } from '../../accounts/data-reads.ts';
import { routesAt } from '../../http.ts';
import * as s from './schemas.ts';

const own = routesAt('/api/v1/payments/applications');

/** The payer's applications (ACC-21, ACC-14): the bytes to sign, the signed application, its list with decisions and notices. */
export const paymentApplicationRoutes = {
  payload: own('POST', '/payload', { body: s.applicationRequest, response: { 200: s.signingPayload } }),
  file: own('POST', '', { body: s.signedApplication, response: { 201: s.applicationView } }),
  list: own('GET', '', { response: { 200: s.cabinetView } }),
};

const officer = routesAt('/api/v1/officer/payments/applications');
const one = routesAt('/api/v1/officer/payments/applications/:id', s.applicationIdParam);
const obligations = routesAt('/api/v1/officer/payments/obligations');
const obligation = routesAt('/api/v1/officer/payments/obligations/:id', s.obligationIdParam);

/** The officer's side: applications of bodies in their scope, the signed decision, overdue obligations (WD-16). */
export const paymentApplicationOfficerRoutes = {
  // the payers' IIN/BINs and a refund's bank account: read for a stated reason (ACC-7)
  list: officer('GET', '', {
    querystring: s.officerListQuery.extend(readReasonQuery.shape),
    response: { 200: s.applicationList },
  }),
  decisionPayload: one('POST', '/decision-payload', { body: s.decisionRequest, response: { 200: s.signingPayload } }),
  decide: one('POST', '/decisions', { body: s.signedDecision, response: { 201: s.applicationView } }),
  overdue: obligations('GET', '/overdue', {
    querystring: s.overdueQuery.extend(readReasonQuery.shape),
    response: { 200: s.obligationList },
  }),
  paid: obligation('POST', '/paid', { body: s.paidRequest, response: { 200: s.obligationAnswer } }),
};
