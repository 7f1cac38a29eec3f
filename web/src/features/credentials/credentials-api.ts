import { credentialsApplicantRoutes, credentialsRoutes, type requestStatuses } from '@shekara/contracts/credentials';
import { type RouteInput, type RouteOutput, urlOf } from '@shekara/contracts/http';
import { referenceRoutes } from '@shekara/contracts/reference';
import { call } from '../../api/client.ts';

/** The territorial body's requests for a login and password, as the officer's API gives them (AST-2..AST-5). */
export type RequestStatus = (typeof requestStatuses)[number];

export type RequestSummary = RouteOutput<typeof credentialsRoutes.queue>['requests'][number];

export type PaperRequest = RouteInput<typeof credentialsRoutes.registerPaper>['body'];
export type Filed = RouteOutput<typeof credentialsRoutes.registerPaper>;

export const listRequests = (filter: { status?: RequestStatus; overdue?: boolean }) =>
  call(credentialsRoutes.queue, { query: { status: filter.status, overdue: filter.overdue ? 'true' : undefined } });

export const fetchRequest = (id: string) => call(credentialsRoutes.one, { params: { id } });
export const registerPaperRequest = (request: PaperRequest) => call(credentialsRoutes.registerPaper, { body: request });
export type IdentityCheck = NonNullable<RouteInput<typeof credentialsRoutes.approve>['body']>;

/** An unsigned request (REG-10) needs the officer's paper check (AST-6); a signed or paper one is approved as it is. */
export const approveRequest = (id: string, check: IdentityCheck = {}) =>
  call(credentialsRoutes.approve, { params: { id }, body: check });
export const rejectRequest = (id: string, reason: string) =>
  call(credentialsRoutes.reject, { params: { id }, body: { reason } });
export const markNoticeSent = (id: string) => call(credentialsRoutes.noticeSent, { params: { id } });
export const letterUrl = (id: string) => urlOf(credentialsRoutes.letter, { params: { id } });

export type Region = RouteOutput<typeof referenceRoutes.regions>['items'][number];

export const listRegions = async () => (await call(referenceRoutes.regions)).items;

/** A request for a login and password filed online without the signature (REG-10), and its e-mailed confirmation. */
export type UnsignedRequest = RouteInput<typeof credentialsApplicantRoutes.fileUnsigned>['body'];
export const fileUnsignedRequest = (request: UnsignedRequest) =>
  call(credentialsApplicantRoutes.fileUnsigned, { body: request });
export const confirmUnsignedRequest = (token: string) => call(credentialsApplicantRoutes.confirm, { body: { token } });
