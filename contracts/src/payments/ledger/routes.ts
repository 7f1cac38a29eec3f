import { readReasonQuery } from '../../accounts/data-reads.ts';
import { defineRoute, routesAt } from '../../http.ts';
import * as s from './schemas.ts';

const own = routesAt('/api/v1/payments/advance-account');

/** The payer's own advance account (ACC-14): its balance, postings and statement for a period (CSV or PDF). */
export const advanceAccountRoutes = {
  balance: own('GET', '', { response: { 200: s.balanceView } }),
  postings: own('GET', '/postings', { querystring: s.postingsQuery, response: { 200: s.postingList } }),
  statement: own('GET', '/statement.csv', { querystring: s.statementQuery, produces: 'text/csv' }),
  statementPdf: own('GET', '/statement.pdf', { querystring: s.statementQuery, produces: 'application/pdf' }),
};

const payerAccount = routesAt('/api/v1/officer/payments/advance-accounts/:payer', s.payerParam);
const posting = routesAt('/api/v1/officer/payments/postings/:id', s.postingIdParam);

/**
 * The officer's side: a payer's account read for a stated reason (ACC-7), a bank payment credited
 * to it, a bank statement imported, a deposit or refund entered by mistake reversed.
 */
export const advanceAccountOfficerRoutes = {
  balance: payerAccount('GET', '', { querystring: readReasonQuery, response: { 200: s.balanceView } }),
  postings: payerAccount('GET', '/postings', {
    querystring: s.postingsQuery.extend(readReasonQuery.shape),
    response: { 200: s.postingList },
  }),
  deposit: payerAccount('POST', '/deposits', { body: s.depositRequest, response: { 201: s.postingAnswer } }),
  importStatement: defineRoute({
    method: 'POST',
    path: '/api/v1/officer/payments/bank-statements',
    body: s.bankStatementRequest,
    response: { 200: s.bankStatementReport },
  }),
  reverse: posting('POST', '/reverse', { body: s.reverseRequest, response: { 201: s.postingAnswer } }),
};
