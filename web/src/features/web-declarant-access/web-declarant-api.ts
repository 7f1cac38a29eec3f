import { type DataReadReason, officerAccountRoutes } from '@shekara/contracts/accounts';
import { type RouteOutput, urlOf } from '@shekara/contracts/http';
import { referenceRoutes } from '@shekara/contracts/reference';
import {
  type ApplicationFields,
  accessMeasureRoutes,
  type applicationStatuses,
  officerApplicationRoutes,
  publicApplicationRoutes,
} from '@shekara/contracts/web-declarant-access';
import { call } from '../../api/client.ts';

/** The server's Web-declarant access API, as the pages use it. */
export type ApplicationStatus = (typeof applicationStatuses)[number];
export type Application = RouteOutput<typeof officerApplicationRoutes.one>;
export type JournalEntry = RouteOutput<typeof officerApplicationRoutes.journal>['entries'][number];

export const fileOnline = (fields: ApplicationFields, signature: string) =>
  call(publicApplicationRoutes.fileOnline, { body: { ...fields, signature } });
export const registerPaper = (fields: ApplicationFields) =>
  call(officerApplicationRoutes.registerPaper, { body: fields });
export const listApplications = async (status?: ApplicationStatus) =>
  (await call(officerApplicationRoutes.list, { query: { status } })).applications;
export const fetchApplication = (id: string) => call(officerApplicationRoutes.one, { params: { id } });
export const issueLogin = (id: string) => call(officerApplicationRoutes.issue, { params: { id } });
export const rejectApplication = (id: string, reason: string) =>
  call(officerApplicationRoutes.reject, { params: { id }, body: { reason } });
export const letterUrl = (id: string) => urlOf(officerApplicationRoutes.letter, { params: { id } });

export const fetchJournal = (year: number) => call(officerApplicationRoutes.journal, { query: { year } });
/** The exports are plain links: the browser downloads them with the session cookie. */
export const journalExportUrl = (year: number, format: 'csv' | 'pdf', language: string) =>
  urlOf(officerApplicationRoutes.journalExport, { query: { year, format, lang: language as 'kk' | 'ru' | 'en' } });

export const fetchAccess = (accountId: string, reason: DataReadReason) =>
  call(accessMeasureRoutes.access, { params: { id: accountId }, query: { reason } });

const measureRoutes = {
  suspend: accessMeasureRoutes.suspend,
  'lift-suspension': accessMeasureRoutes.liftSuspension,
  revoke: accessMeasureRoutes.revoke,
  regrant: accessMeasureRoutes.regrant,
};

/** The page builds the body each measure asks for; the server refuses one that does not fit. */
export const takeMeasure = (accountId: string, action: keyof typeof measureRoutes, body: object) =>
  call(measureRoutes[action] as typeof accessMeasureRoutes.suspend, {
    params: { id: accountId },
    body: body as { reason: string },
  });

export type UserAccount = Awaited<ReturnType<typeof findAccounts>>[number];
export const findAccounts = async (iinBin?: string) =>
  (await call(officerAccountRoutes.list, { query: { iinBin } })).accounts;
// An account and its access are the user's data: each read states the officer's reason (ACC-7).
export const fetchAccount = async (id: string, reason: DataReadReason) =>
  (await call(officerAccountRoutes.one, { params: { id }, query: { reason } })).account;
export const listDepartments = async () =>
  (await call(referenceRoutes.customsBodies, { query: { kind: 'territorial_department' } })).items;
