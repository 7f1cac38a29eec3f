import type { RouteOutput } from '@shekara/contracts/http';
import { urlOf } from '@shekara/contracts/http';
import { advanceAccountRoutes } from '@shekara/contracts/payments/ledger';
import { call } from '../../api/client.ts';

export type PayerPosting = RouteOutput<typeof advanceAccountRoutes.postings>['postings'][number];
export interface Period {
  from: string;
  to: string;
}

export const fetchBalance = () => call(advanceAccountRoutes.balance);
export const fetchPostings = (period: Period) => call(advanceAccountRoutes.postings, { query: period });

/** Where the statement of a period downloads from, in the page's language. */
export const statementUrl = (format: 'csv' | 'pdf', period: Period, lang: 'kk' | 'ru' | 'en') =>
  urlOf(format === 'csv' ? advanceAccountRoutes.statement : advanceAccountRoutes.statementPdf, {
    query: { ...period, lang },
  });
