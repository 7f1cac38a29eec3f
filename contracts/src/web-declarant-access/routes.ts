import type { z } from 'zod';
import { readReasonQuery } from '../accounts/data-reads.ts';
import { defineRoute, routesAt } from '../http.ts';
import { applicationFields } from './application-fields.ts';
import * as s from './schemas.ts';

const webDeclarant = routesAt('/api/v1/web-declarant');

/** The public side of WD-17: the application filed online with the signing key, and the blank form to print. */
export const publicApplicationRoutes = {
  fileOnline: webDeclarant('POST', '/applications', {
    body: s.onlineApplicationRequest,
    response: { 201: s.receivedApplication },
  }),
  blankForm: webDeclarant('GET', '/application-form.pdf', { querystring: s.formQuery, produces: 'application/pdf' }),
};

const applications = '/api/v1/officer/web-declarant/applications';
const journal = '/api/v1/officer/web-declarant/journal';
const queue = routesAt(applications);
const application = routesAt(`${applications}/:id`, s.idParam);

/** The officer's side (WD-18..WD-20, WD-26, WD-36): the queue, paper applications, decisions, letters and the journal. */
export const officerApplicationRoutes = {
  list: queue('GET', '', { querystring: s.queueQuery, response: { 200: s.applicationList } }),
  registerPaper: queue('POST', '', { body: applicationFields, response: { 201: s.receivedApplication } }),
  one: application('GET', '', { response: { 200: s.applicationView } }),
  issue: application('POST', '/issue', { response: { 200: s.issueResponse } }),
  reject: application('POST', '/reject', { body: s.rejectRequest, response: { 200: s.rejectResponse } }),
  letter: application('GET', '/letter.pdf', { produces: 'application/pdf' }),
  /**
   * The journal answers JSON, CSV or PDF by `format`; the server registers `journalExport`, which
   * validates no answer (a response schema would refuse the files), and types its JSON as `journal` says.
   */
  journal: defineRoute({
    method: 'GET',
    path: journal,
    querystring: s.journalQuery,
    response: { 200: s.journalResponse },
  }),
  journalExport: defineRoute({ method: 'GET', path: journal, querystring: s.journalQuery, produces: 'text/csv' }),
};

const access = routesAt('/api/v1/officer/accounts/:id/access', s.idParam);

/** A measure taken on an account's access: its reasons in the body, the account's access after it in the answer. */
function measure<const Below extends string, const Body extends z.ZodType>(below: Below, body: Body) {
  return access('POST', below, { body, response: { 200: s.measureTaken } });
}

/** Suspension, revocation and granting access again (WD-24, WD-27..30). */
export const accessMeasureRoutes = {
  access: access('GET', '', { querystring: readReasonQuery, response: { 200: s.accessView } }),
  suspend: measure('/suspend', s.suspendRequest),
  liftSuspension: measure('/lift-suspension', s.liftRequest),
  revoke: measure('/revoke', s.revokeRequest),
  regrant: measure('/regrant', s.regrantRequest),
};
