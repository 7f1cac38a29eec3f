import { randomUUID } from 'node:crypto';
import type { InjectOptions } from 'fastify';
import { addDays, almatyDate } from '../../modules/reference/index.ts';
import type { Clock } from '../../platform/clock.ts';
import { fetchSigningPayload, goodsDocument, signPayload } from '../declarations.ts';
import type { Role, RoleId } from './roles.ts';
import { applicationFields, type MatrixWorld, objectsOffice, pdf, receiptOrderFields } from './world.ts';

/**
 * The request of one cell of the matrix: the route's address with the ids of real objects, and
 * a body the handler reads far enough to judge the caller — where the handler decides whose an
 * object is after validating the body, the body is valid; elsewhere no body is needed, since the
 * guard judges before the body is read.
 */
export interface MatrixRequest extends Pick<InjectOptions, 'method' | 'headers' | 'payload'> {
  url: string;
  /** a list: what a caller entitled to the objects finds in the answer, and nobody else may */
  marker?: string;
}

type Build = (w: MatrixWorld, role: Role, clock: Clock) => MatrixRequest | Promise<MatrixRequest>;

const enc = encodeURIComponent;
const get = (url: string, marker?: string): MatrixRequest => ({ method: 'GET', url, ...(marker && { marker }) });
const post = (url: string, payload?: unknown): MatrixRequest => ({
  method: 'POST',
  url,
  ...(payload !== undefined && { payload: payload as InjectOptions['payload'] }),
});
const officerDeclaration = (w: MatrixWorld) => `/api/v1/officer/declarations/${enc(w.registered.number)}`;
/** An officer's read of a person's data states why (ACC-7); without it the read is refused before access is judged. */
const onRecord = 'reason=audit_check';

/** Whose objects a route's path names when not the declarant's: the representation contract is the representative's. */
export function ownerOf(route: string): RoleId {
  return representativesOwn.has(route) ? 'unconf' : 'decl';
}

const representativesOwn = new Set([
  'GET /api/v1/representations',
  'POST /api/v1/representations/:declarantIinBin/:contractNumber/end',
]);

const { recipientIin: _, ...receiptOrderGoods } = receiptOrderFields('');

/** Every route that names an object, or whose answer the matrix reads, by its method and address. */
const builds: Record<string, Build> = {
  'GET /api/docs/*': () => get('/api/docs/static/swagger-ui.css'),
  'GET /api/v1/reference/classifiers/:name': () => get('/api/v1/reference/classifiers/countries'),
  'GET /api/v1/reference/tnved/:code': (w) => get(`/api/v1/reference/tnved/${w.commodityCode}`),
  'GET /api/v1/receipts/:office/:date/:serial': (w) =>
    get(`/api/v1/receipts/${w.registered.number}?hash=${w.registered.sha256}`),

  'POST /api/v1/representations': (w, role, clock) => {
    const today = almatyDate(clock.now());
    return post('/api/v1/representations', {
      declarantIinBin: w.declarant.iinBin,
      contractNumber: `CELL-${role.id}`,
      contractDate: today,
      validFrom: today,
    });
  },
  'GET /api/v1/representations': (w) => get('/api/v1/representations', w.representation.contractNumber),
  'POST /api/v1/representations/:declarantIinBin/:contractNumber/end': (w) =>
    post(`/api/v1/representations/${w.declarant.iinBin}/${enc(w.representation.contractNumber)}/end`, {}),
  // The declarant's side of the same contract: any other caller finds no such representation of its own.
  // A signature that does not verify, and an end far off, leave the world as it was for the other cells.
  'POST /api/v1/representations/of-me/:representativeBin/:contractNumber/confirm': (w) =>
    post(`/api/v1/representations/of-me/${w.unconfirmed.iinBin}/${enc(w.representation.contractNumber)}/confirm`, {
      signature: 'AAAA',
    }),
  'POST /api/v1/representations/of-me/:representativeBin/:contractNumber/end': (w) =>
    post(`/api/v1/representations/of-me/${w.unconfirmed.iinBin}/${enc(w.representation.contractNumber)}/end`, {
      validTo: '2099-12-31',
    }),

  'GET /api/v1/admin/portal/items/:id': (w) => get(`/api/v1/admin/portal/items/${w.portal.itemId}`),
  'PUT /api/v1/admin/portal/items/:id': (w) => ({
    method: 'PUT',
    url: `/api/v1/admin/portal/items/${w.portal.itemId}`,
  }),
  'DELETE /api/v1/admin/portal/items/:id': (w) => ({
    method: 'DELETE',
    url: `/api/v1/admin/portal/items/${w.portal.deletableItemId}`,
  }),
  'POST /api/v1/admin/portal/items/:id/publish': (w) => post(`/api/v1/admin/portal/items/${w.portal.itemId}/publish`),
  'POST /api/v1/admin/portal/items/:id/unpublish': (w) =>
    post(`/api/v1/admin/portal/items/${w.portal.itemId}/unpublish`),
  'PUT /api/v1/admin/risk-profiles/:id': (w) => ({
    method: 'PUT',
    url: `/api/v1/admin/risk-profiles/${w.portal.riskProfileId}`,
  }),
  // Far off: the entry stays in force for the other cells.
  'POST /api/v1/officer/registers/:id/end': (w) =>
    post(`/api/v1/officer/registers/${w.registerEntryId}/end`, { validTo: '2099-12-31', reason: 'matrix' }),
  'GET /api/v1/officer/representations': (w) =>
    get(`/api/v1/officer/representations?iinBin=${w.declarant.iinBin}`, w.representation.contractNumber),
  'GET /api/v1/dev/mailbox/:id': (w) => get(`/api/v1/dev/mailbox/${w.mailboxMessageId}`),

  'GET /api/v1/declarations': (w) => get('/api/v1/declarations', w.draft.id),
  'GET /api/v1/declarations/decisions': (w) => get('/api/v1/declarations/decisions', w.registered.decisionId),
  'GET /api/v1/declarations/decisions/unread': () => get('/api/v1/declarations/decisions/unread'),
  'POST /api/v1/declarations/decisions/read': (w) =>
    post('/api/v1/declarations/decisions/read', { ids: [w.registered.decisionId] }),
  'POST /api/v1/declarations/decisions/:id/read': (w) =>
    post(`/api/v1/declarations/decisions/${w.registered.decisionId}/read`),
  'GET /api/v1/declarations/:id': (w) => get(`/api/v1/declarations/${w.draft.id}`),
  'PUT /api/v1/declarations/:id': (w) => ({
    method: 'PUT',
    url: `/api/v1/declarations/${w.draft.id}`,
    payload: { revision: 1, document: goodsDocument(w.declarant.iinBin) } as unknown as InjectOptions['payload'],
  }),
  'DELETE /api/v1/declarations/:id': (w) => ({ method: 'DELETE', url: `/api/v1/declarations/${w.deletableDraftId}` }),
  'POST /api/v1/declarations/:id/copy': (w) => post(`/api/v1/declarations/${w.draft.id}/copy`),
  'POST /api/v1/declarations/:id/corrections': (w) => post(`/api/v1/declarations/${w.draft.id}/corrections`),
  'POST /api/v1/declarations/:id/check': (w) => post(`/api/v1/declarations/${w.draft.id}/check`, {}),
  'POST /api/v1/declarations/:id/attachments': (w) => ({
    method: 'POST',
    url: `/api/v1/declarations/${w.draft.id}/attachments?name=cell.pdf`,
    headers: { 'content-type': 'application/pdf' },
    payload: pdf,
  }),
  'GET /api/v1/declarations/:id/attachments/:attachmentId': (w) =>
    get(`/api/v1/declarations/${w.draft.id}/attachments/${w.draft.attachmentId}`),
  'DELETE /api/v1/declarations/:id/attachments/:attachmentId': (w) => ({
    method: 'DELETE',
    url: `/api/v1/declarations/${w.draft.id}/attachments/${w.draft.removableAttachmentId}`,
  }),
  'GET /api/v1/declarations/:id/xml': (w) => get(`/api/v1/declarations/${w.draft.id}/xml`),
  'GET /api/v1/declarations/:id/received-file': (w) => get(`/api/v1/declarations/${w.draft.id}/received-file`),
  'GET /api/v1/declarations/:id/signing-payload': (w) => get(`/api/v1/declarations/${w.draft.id}/signing-payload`),
  // The representative files its own draft in the declarant's name, signed by its own key: the
  // act that needs the declarant's confirmation. Everyone else tries the declarant's draft.
  'POST /api/v1/declarations/:id/submit': async (w, role) => {
    const mine = role.unconfirmedPrincipal === true;
    const id = mine ? w.representation.draftId : w.draft.id;
    const signature = mine
      ? signPayload(w.unconfirmed.signKey, await fetchSigningPayload(w.unconfirmed.browser, id))
      : Buffer.from('not a signature').toString('base64');
    return {
      method: 'POST',
      url: `/api/v1/declarations/${id}/submit`,
      headers: { 'idempotency-key': randomUUID() },
      payload: { customsOffice: objectsOffice, signature },
    };
  },

  'GET /api/v1/declarations/:id/pdf': (w) => get(`/api/v1/declarations/${w.registered.id}/pdf`),
  'GET /api/v1/declarations/:id/receipt.pdf': (w) => get(`/api/v1/declarations/${w.registered.id}/receipt.pdf`),
  // The registered declaration is released by now: the declarant is let through and told it is too late.
  'GET /api/v1/declarations/:id/payment': (w) => get(`/api/v1/declarations/${w.registered.id}/payment`),
  // released already: nothing awaits payment, so an allowed caller is refused with 409 and nothing is posted
  'POST /api/v1/declarations/:id/payment': (w) => post(`/api/v1/declarations/${w.registered.id}/payment`, {}),
  'POST /api/v1/declarations/:id/withdrawal-payload': (w) =>
    post(`/api/v1/declarations/${w.registered.id}/withdrawal-payload`, { reason: 'matrix' }),
  'POST /api/v1/declarations/:id/withdrawal': (w) =>
    post(`/api/v1/declarations/${w.registered.id}/withdrawal`, {
      reason: 'matrix',
      signature: Buffer.from('not a signature').toString('base64'),
    }),

  'DELETE /api/v1/me/sessions/:id': (w, role) => ({
    method: 'DELETE',
    url: `/api/v1/me/sessions/${role.passwordOnly ? w.declarantSessionIds.pwd : w.declarantSessionIds.decl}`,
  }),

  'GET /api/v1/officer/accounts': (w) => get('/api/v1/officer/accounts?limit=200', w.target.id),
  'GET /api/v1/officer/accounts/:id': (w) => get(`/api/v1/officer/accounts/${w.target.id}?${onRecord}`),
  // The advance account (ACC-14): the declarant's, read for a reason (ACC-7); a deposit for it, each cell with a key of its own.
  'GET /api/v1/officer/payments/advance-accounts/:payer': (w) =>
    get(`/api/v1/officer/payments/advance-accounts/${w.declarant.iinBin}?${onRecord}`),
  'GET /api/v1/officer/payments/advance-accounts/:payer/postings': (w) =>
    get(
      `/api/v1/officer/payments/advance-accounts/${w.declarant.iinBin}/postings?from=2026-01-01&to=2026-12-31&${onRecord}`,
    ),
  'POST /api/v1/officer/payments/advance-accounts/:payer/deposits': (w, role) =>
    post(`/api/v1/officer/payments/advance-accounts/${w.declarant.iinBin}/deposits`, {
      amount: '100.00',
      bankDocument: { number: `CELL-${role.id}`, date: '2026-01-05' },
      idempotencyKey: `matrix-deposit-${role.id}`,
    }),
  'POST /api/v1/officer/payments/bank-statements': () =>
    post('/api/v1/officer/payments/bank-statements', {
      format: 'csv',
      content: 'payer;amount;document_number;document_date;note\r\n',
    }),
  'POST /api/v1/officer/payments/postings/:id/reverse': (w, role) =>
    post(`/api/v1/officer/payments/postings/${w.depositId}/reverse`, {
      note: 'matrix',
      idempotencyKey: `matrix-reverse-${role.id}`,
    }),
  // Applications about money (ACC-21): the world's pending refund, decided with no valid signature.
  'GET /api/v1/officer/payments/applications': (w) =>
    get('/api/v1/officer/payments/applications?status=pending&reason=user_request', w.payments.refundApplicationId),
  'GET /api/v1/officer/payments/obligations/overdue': (w) =>
    get(
      `/api/v1/officer/payments/obligations/overdue?asOf=${addDays(w.payments.dueDate, 1)}&reason=user_request`,
      w.payments.owingNumber,
    ),
  'POST /api/v1/officer/payments/applications/:id/decision-payload': (w) =>
    post(`/api/v1/officer/payments/applications/${w.payments.refundApplicationId}/decision-payload`, {
      decision: 'refuse',
      reason: 'matrix',
    }),
  'POST /api/v1/officer/payments/applications/:id/decisions': (w) =>
    post(`/api/v1/officer/payments/applications/${w.payments.refundApplicationId}/decisions`, {
      decision: 'refuse',
      reason: 'matrix',
      signature: Buffer.from('not a signature').toString('base64'),
    }),
  'POST /api/v1/officer/payments/obligations/:id/paid': (w, role) =>
    post(`/api/v1/officer/payments/obligations/${w.payments.obligationId}/paid`, {
      method: 'bank',
      bankDocument: { number: `CELL-${role.id}`, date: '2026-01-05' },
    }),
  // Customs receipt orders (ACC-20): the declarant's, issued at the clearance centre.
  'GET /api/v1/payments/receipt-orders': (w) => get('/api/v1/payments/receipt-orders', w.receiptOrderId),
  'POST /api/v1/payments/receipt-orders': () =>
    post('/api/v1/payments/receipt-orders', { customsOffice: objectsOffice, ...receiptOrderGoods }),
  'GET /api/v1/payments/receipt-orders/:id': (w) => get(`/api/v1/payments/receipt-orders/${w.receiptOrderId}`),
  'GET /api/v1/payments/receipt-orders/:id/pdf': (w) => get(`/api/v1/payments/receipt-orders/${w.receiptOrderId}/pdf`),
  'POST /api/v1/payments/receipt-orders/:id/pay': (w) =>
    post(`/api/v1/payments/receipt-orders/${w.receiptOrderId}/pay`),
  'GET /api/v1/officer/payments/receipt-orders': (w) =>
    get('/api/v1/officer/payments/receipt-orders', w.receiptOrderId),
  'POST /api/v1/officer/payments/receipt-orders': (w) =>
    post('/api/v1/officer/payments/receipt-orders', receiptOrderFields(w.declarant.iinBin)),
  'GET /api/v1/officer/payments/receipt-orders/:id': (w) =>
    get(`/api/v1/officer/payments/receipt-orders/${w.receiptOrderId}?reason=user_request`),
  'GET /api/v1/officer/payments/receipt-orders/:id/pdf': (w) =>
    get(`/api/v1/officer/payments/receipt-orders/${w.receiptOrderId}/pdf?reason=user_request`),
  'POST /api/v1/officer/payments/receipt-orders/:id/payment': (w) =>
    post(`/api/v1/officer/payments/receipt-orders/${w.receiptOrderId}/payment`, {
      bankDocument: { number: 'MATRIX-TPO', date: '2026-01-05' },
    }),
  'POST /api/v1/officer/payments/receipt-orders/:id/annul': (w) =>
    post(`/api/v1/officer/payments/receipt-orders/${w.receiptOrderId}/annul`, { reason: 'matrix' }),
  'POST /api/v1/officer/accounts/:id/logins/:loginId/release': (w) =>
    post(`/api/v1/officer/accounts/${w.target.id}/logins/${w.target.loginId}/release`),
  // Each staff role that may end one ends a session of its own; a stranger tries the first.
  'DELETE /api/v1/officer/accounts/:id/sessions/:sessionId': (w, role) => ({
    method: 'DELETE',
    url: `/api/v1/officer/accounts/${w.target.id}/sessions/${w.target.sessionIds[role.kind === 'admin' ? 1 : 0]}`,
  }),
  'GET /api/v1/officer/accounts/:id/access': (w) => get(`/api/v1/officer/accounts/${w.target.id}/access?${onRecord}`),
  'POST /api/v1/officer/accounts/:id/access/suspend': (w) =>
    post(`/api/v1/officer/accounts/${w.target.id}/access/suspend`, { reason: 'matrix' }),
  'POST /api/v1/officer/accounts/:id/access/lift-suspension': (w) =>
    post(`/api/v1/officer/accounts/${w.target.id}/access/lift-suspension`, { reason: 'matrix' }),
  'POST /api/v1/officer/accounts/:id/access/revoke': (w) =>
    post(`/api/v1/officer/accounts/${w.target.id}/access/revoke`, { reason: 'matrix', ground: 'rules_broken' }),
  'POST /api/v1/officer/accounts/:id/access/regrant': (w) =>
    post(`/api/v1/officer/accounts/${w.target.id}/access/regrant`, { causeRemoved: true }),

  'GET /api/v1/officer/credentials-requests': (w) =>
    get('/api/v1/officer/credentials-requests?limit=200', w.credentialsRequestId),
  'GET /api/v1/officer/credentials-requests/:id': (w) =>
    get(`/api/v1/officer/credentials-requests/${w.credentialsRequestId}`),
  'POST /api/v1/officer/credentials-requests/:id/approve': (w) =>
    post(`/api/v1/officer/credentials-requests/${w.credentialsRequestId}/approve`),
  'POST /api/v1/officer/credentials-requests/:id/reject': (w) =>
    post(`/api/v1/officer/credentials-requests/${w.credentialsRequestId}/reject`, { reason: 'matrix' }),
  'GET /api/v1/officer/credentials-requests/:id/letter.pdf': (w) =>
    get(`/api/v1/officer/credentials-requests/${w.credentialsRequestId}/letter.pdf`),
  'POST /api/v1/officer/credentials-requests/:id/notice-sent': (w) =>
    post(`/api/v1/officer/credentials-requests/${w.credentialsRequestId}/notice-sent`),

  'GET /api/v1/officer/web-declarant/applications': (w) =>
    get('/api/v1/officer/web-declarant/applications?limit=200', w.application.id),
  'POST /api/v1/officer/web-declarant/applications': (w) =>
    post('/api/v1/officer/web-declarant/applications', applicationFields(w.newBin())),
  'GET /api/v1/officer/web-declarant/applications/:id': (w) =>
    get(`/api/v1/officer/web-declarant/applications/${w.application.id}`),
  'POST /api/v1/officer/web-declarant/applications/:id/issue': (w) =>
    post(`/api/v1/officer/web-declarant/applications/${w.application.id}/issue`),
  'POST /api/v1/officer/web-declarant/applications/:id/reject': (w) =>
    post(`/api/v1/officer/web-declarant/applications/${w.application.id}/reject`, { reason: 'matrix' }),
  'GET /api/v1/officer/web-declarant/applications/:id/letter.pdf': (w) =>
    get(`/api/v1/officer/web-declarant/applications/${w.application.id}/letter.pdf`),
  'GET /api/v1/officer/web-declarant/journal': (w) =>
    get('/api/v1/officer/web-declarant/journal', w.application.taxpayerNumber),

  'GET /api/v1/officer/inbox': (w) => get('/api/v1/officer/inbox', w.registered.number),
  'GET /api/v1/officer/overdue-releases': (w) => get('/api/v1/officer/overdue-releases', w.overdueReleaseNumber),
  'GET /api/v1/officer/declarations/:registrationNumber': (w) => get(`${officerDeclaration(w)}?${onRecord}`),
  'GET /api/v1/officer/declarations/:registrationNumber/pdf': (w) => get(`${officerDeclaration(w)}/pdf?${onRecord}`),
  'GET /api/v1/officer/declarations/:registrationNumber/attachments/:attachmentId': (w) =>
    get(`${officerDeclaration(w)}/attachments/${w.registered.attachmentId}?${onRecord}`),
  'GET /api/v1/officer/declarations/:registrationNumber/comparison': (w) =>
    get(`${officerDeclaration(w)}/comparison?${onRecord}`),
  'GET /api/v1/officer/declarations/:registrationNumber/decision-payload': (w) =>
    get(`${officerDeclaration(w)}/decision-payload?decision=release&${onRecord}`),
  'POST /api/v1/officer/declarations/:registrationNumber/decision-payload': (w) =>
    post(`${officerDeclaration(w)}/decision-payload`, { decision: 'release', reason: 'audit_check' }),
  'POST /api/v1/officer/declarations/:registrationNumber/decisions': (w) =>
    post(`${officerDeclaration(w)}/decisions`, {
      decision: 'release',
      reasons: [],
      signature: Buffer.from('not a signature').toString('base64'),
    }),
};

for (const [segment, kind] of Object.entries({ notices: 'notice', news: 'news', legal: 'legal' })) {
  builds[`GET /api/v1/portal/${segment}/:slug`] = (w) => get(`/api/v1/portal/${segment}/${w.portal.slugs[kind]}`);
}
for (const kind of ['software', 'training']) {
  builds[`GET /api/v1/portal/${kind}/:slug`] = (w) => get(`/api/v1/portal/${kind}/${w.portal.slugs[kind]}`);
  builds[`GET /api/v1/portal/${kind}/:slug/file`] = (w) => get(`/api/v1/portal/${kind}/${w.portal.slugs[kind]}/file`);
}

/** The request of a cell: the route's own, or, for a route that names nothing, its address alone. */
export async function matrixRequest(
  route: { method: string; url: string },
  role: Role,
  world: MatrixWorld,
  clock: Clock,
): Promise<MatrixRequest> {
  const build = builds[`${route.method} ${route.url}`];
  if (build) return build(world, role, clock);
  if (/[:*]/.test(route.url)) throw new Error(`no request for ${route.method} ${route.url}: it names an object`);
  return { method: route.method as InjectOptions['method'], url: route.url };
}

/** Routes the matrix has a request for that the application no longer has: the table above is out of date. */
export const builtRoutes = () => Object.keys(builds);
