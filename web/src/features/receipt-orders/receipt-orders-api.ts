import type { DataReadReason } from '@shekara/contracts/accounts';
import type { RouteInput, RouteOutput } from '@shekara/contracts/http';
import { urlOf } from '@shekara/contracts/http';
import {
  receiptOrderOfficerRoutes as officerRoutes,
  receiptOrderRoutes as ownRoutes,
  receiptOrderCheckRoute,
} from '@shekara/contracts/payments/receipt-orders';
import { call } from '../../api/client.ts';

export type ReceiptOrder = RouteOutput<typeof ownRoutes.show>['receiptOrder'];
export type ReceiptOrderSummary = RouteOutput<typeof ownRoutes.list>['receiptOrders'][number];
export type OfficerIssueRequest = RouteInput<typeof officerRoutes.issue>['body'];
type Language = 'kk' | 'ru' | 'en';

// The recipient's own (ACC-21).
export const fetchOwnReceiptOrders = () => call(ownRoutes.list);
export const fetchOwnReceiptOrder = (id: string) => call(ownRoutes.show, { params: { id } });
export const payFromAdvanceAccount = (id: string) => call(ownRoutes.pay, { params: { id } });
export const ownPdfUrl = (id: string, lang: Language) => urlOf(ownRoutes.pdf, { params: { id }, query: { lang } });

// The officer's (ACC-20).
export const fetchOfficerReceiptOrders = () => call(officerRoutes.list, { query: {} });
export const fetchOfficerReceiptOrder = (id: string, reason: DataReadReason) =>
  call(officerRoutes.show, { params: { id }, query: { reason } });
export const issueReceiptOrder = (body: OfficerIssueRequest) => call(officerRoutes.issue, { body });
export const recordBankPayment = (id: string, bankDocument: { number: string; date: string }) =>
  call(officerRoutes.recordPayment, { params: { id }, body: { bankDocument } });
export const annulReceiptOrder = (id: string, reason: string) =>
  call(officerRoutes.annul, { params: { id }, body: { reason } });
export const officerPdfUrl = (id: string, lang: Language, reason: DataReadReason) =>
  urlOf(officerRoutes.pdf, { params: { id }, query: { lang, reason } });

// Anyone holding a printed one (the QR code on it leads here).
export const checkReceiptOrder = (number: string, hash: string) =>
  call(receiptOrderCheckRoute, { query: { number, hash } });
