import { readReasonQuery } from '../../accounts/data-reads.ts';
import { defineRoute, routesAt } from '../../http.ts';
import * as s from './schemas.ts';

const own = routesAt('/api/v1/payments/receipt-orders');
const ownOne = routesAt('/api/v1/payments/receipt-orders/:id', s.receiptOrderIdParam);

/** The recipient's side: its ТПО in the cabinet, the ТПО of a parcel addressed to it, payment from its advance account. */
export const receiptOrderRoutes = {
  list: own('GET', '', { response: { 200: s.receiptOrderList } }),
  issue: own('POST', '', { body: s.ownIssueRequest, response: { 201: s.receiptOrderAnswer } }),
  show: ownOne('GET', '', { response: { 200: s.receiptOrderAnswer } }),
  pdf: ownOne('GET', '/pdf', { querystring: s.pdfQuery, produces: 'application/pdf' }),
  pay: ownOne('POST', '/pay', { response: { 200: s.receiptOrderAnswer } }),
};

const office = routesAt('/api/v1/officer/payments/receipt-orders');
const officeOne = routesAt('/api/v1/officer/payments/receipt-orders/:id', s.receiptOrderIdParam);

/** The officer's side: issue a ТПО at their body, list and read those of their bodies, record a bank payment, annul. */
export const receiptOrderOfficerRoutes = {
  list: office('GET', '', { querystring: s.officerListQuery, response: { 200: s.receiptOrderList } }),
  issue: office('POST', '', { body: s.officerIssueRequest, response: { 201: s.receiptOrderAnswer } }),
  // the recipient's IIN and name: read for a stated reason (ACC-7)
  show: officeOne('GET', '', { querystring: readReasonQuery, response: { 200: s.receiptOrderAnswer } }),
  pdf: officeOne('GET', '/pdf', {
    querystring: s.pdfQuery.extend(readReasonQuery.shape),
    produces: 'application/pdf',
  }),
  recordPayment: officeOne('POST', '/payment', { body: s.bankPaymentRequest, response: { 200: s.receiptOrderAnswer } }),
  annul: officeOne('POST', '/annul', { body: s.annulRequest, response: { 200: s.receiptOrderAnswer } }),
};

/** Anyone holding a printed ТПО checks it: the number and the document's digest give its status and whether the system's signature verifies. */
export const receiptOrderCheckRoute = defineRoute({
  method: 'GET',
  path: '/api/v1/payments/receipt-order-check',
  querystring: s.checkQuery,
  response: { 200: s.checkAnswer },
});
