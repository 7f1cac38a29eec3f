import { defineRoute } from '../http.ts';
import { applicationFields } from './application-fields.ts';
import * as s from './schemas.ts';

/** The public side of WD-17: the application filed online with the signing key, and the blank form to print. */
export const publicApplicationRoutes = {
  fileOnline: defineRoute({
    method: 'POST',
    path: '/api/v1/web-declarant/applications',
    body: s.onlineApplicationRequest,
    response: { 201: s.receivedApplication },
  }),
  blankForm: defineRoute({
    method: 'GET',
    path: '/api/v1/web-declarant/application-form.pdf',
    querystring: s.formQuery,
    produces: 'application/pdf',
  }),
};

const applications = '/api/v1/officer/web-declarant/applications';
const journal = '/api/v1/officer/web-declarant/journal';

/** The officer's side (WD-18..WD-20, WD-26, WD-36): the queue, paper applications, decisions, letters and the journal. */
export const officerApplicationRoutes = {
  list: defineRoute({
    method: 'GET',
    path: applications,
    querystring: s.queueQuery,
    response: { 200: s.applicationList },
  }),
  registerPaper: defineRoute({
    method: 'POST',
    path: applications,
    body: applicationFields,
    response: { 201: s.receivedApplication },
  }),
  one: defineRoute({
    method: 'GET',
    path: `${applications}/:id`,
    params: s.idParam,
    response: { 200: s.applicationView },
  }),
  issue: defineRoute({
    method: 'POST',
    path: `${applications}/:id/issue`,
    params: s.idParam,
    response: { 200: s.issueResponse },
  }),
  reject: defineRoute({
    method: 'POST',
    path: `${applications}/:id/reject`,
    params: s.idParam,
    body: s.rejectRequest,
    response: { 200: s.rejectResponse },
  }),
  letter: defineRoute({
    method: 'GET',
    path: `${applications}/:id/letter.pdf`,
    params: s.idParam,
    produces: 'application/pdf',
  }),
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

const access = '/api/v1/officer/accounts/:id/access';

/** Suspension, revocation and granting access again (WD-24, WD-27..30). */
export const accessMeasureRoutes = {
  access: defineRoute({ method: 'GET', path: access, params: s.idParam, response: { 200: s.accessView } }),
  suspend: defineRoute({
    method: 'POST',
    path: `${access}/suspend`,
    params: s.idParam,
    body: s.suspendRequest,
    response: { 200: s.measureTaken },
  }),
  liftSuspension: defineRoute({
    method: 'POST',
    path: `${access}/lift-suspension`,
    params: s.idParam,
    body: s.liftRequest,
    response: { 200: s.measureTaken },
  }),
  revoke: defineRoute({
    method: 'POST',
    path: `${access}/revoke`,
    params: s.idParam,
    body: s.revokeRequest,
    response: { 200: s.measureTaken },
  }),
  regrant: defineRoute({
    method: 'POST',
    path: `${access}/regrant`,
    params: s.idParam,
    body: s.regrantRequest,
    response: { 200: s.measureTaken },
  }),
};
