import type { DataReadReason } from '@shekara/contracts/accounts';
import type { RouteInput, RouteOutput } from '@shekara/contracts/http';
import {
  paymentApplicationOfficerRoutes as officerRoutes,
  paymentApplicationRoutes as ownRoutes,
} from '@shekara/contracts/payments/applications';
import { call } from '../../api/client.ts';

export type CabinetView = RouteOutput<typeof ownRoutes.list>;
export type ApplicationView = CabinetView['applications'][number];
export type ObligationView = CabinetView['obligations'][number];
export type DueNoticeView = CabinetView['notices'][number];
export type ApplicationRequest = RouteInput<typeof ownRoutes.payload>['body'];
export type DecisionRequest = RouteInput<typeof officerRoutes.decisionPayload>['body'];
export type ApplicationKind = ApplicationView['kind'];

export const applicationKeys = { all: ['payment-applications'] as const };

export const fetchCabinet = () => call(ownRoutes.list);
export const fetchApplicationPayload = (body: ApplicationRequest) => call(ownRoutes.payload, { body });
export const postApplication = (body: ApplicationRequest & { signature: string }) => call(ownRoutes.file, { body });

export const fetchQueue = (kind: ApplicationKind | undefined, reason: DataReadReason) =>
  call(officerRoutes.list, { query: { status: 'pending', reason, ...(kind ? { kind } : {}) } });
export const fetchDecisionPayload = (id: string, body: DecisionRequest) =>
  call(officerRoutes.decisionPayload, { params: { id }, body });
export const postDecision = (id: string, body: DecisionRequest & { signature: string }) =>
  call(officerRoutes.decide, { params: { id }, body });
export const fetchOverdue = (reason: DataReadReason) => call(officerRoutes.overdue, { query: { reason } });
export type PaidRequest = RouteInput<typeof officerRoutes.paid>['body'];
export const postPaid = (id: number, body: PaidRequest) => call(officerRoutes.paid, { params: { id }, body });
