import { getJson, sendJson } from '../../api.ts';
import type { ApplicantKind, ApplicationFields } from './application-draft.ts';

/** The server's Web-declarant access API, as the pages use it. */
export type ApplicationStatus = 'received' | 'issued' | 'rejected';
export type AccessStatus = 'active' | 'suspended' | 'revoked' | 'disabled';
export type Measure = 'suspended' | 'suspension_lifted' | 'revoked' | 'regranted';

export interface Received {
  applicationId: string;
  bodyCode: string;
  journalYear: number;
  journalNumber: number;
  letterDueOn: string;
}

export interface Application {
  id: string;
  bodyCode: string;
  journalYear: number;
  journalNumber: number;
  channel: 'online' | 'paper';
  applicantKind: ApplicantKind;
  taxpayerNumber: string;
  fullName: string;
  workplaces: number;
  fields: ApplicationFields;
  signerIin: string | null;
  status: ApplicationStatus;
  receivedAt: string;
  letterDueOn: string;
  overdue: boolean;
  letterSentAt: string | null;
  decidedAt: string | null;
  rejectReason: string | null;
  accountId: string | null;
}

export interface JournalEntry {
  applicationId: string;
  bodyCode: string;
  number: number;
  userName: string;
  taxpayerNumber: string;
  okpo: string | null;
  actualAddress: string;
  legalAddress: string;
  stickerCode: string;
  email: string;
  phone: string;
  receivedOn: string;
  status: ApplicationStatus;
}

export interface AccessMeasure {
  id: string;
  measure: Measure;
  ground: 'third_party_access' | 'rules_broken' | 'code_revoked' | null;
  reason: string | null;
  noticeOn: string;
  permanent: boolean;
  bodyCode: string | null;
  byAccountId: string;
  at: string;
}

export interface AccountAccess {
  accountId: string;
  accessStatus: AccessStatus;
  revocations: number;
  revocationsBeforeDisabling: number;
  earliestRegrant: string | null;
  measures: AccessMeasure[];
}

export interface AccountSummary {
  id: string;
  kind: 'user' | 'officer' | 'admin';
  userType: string | null;
  iinBin: string;
  login: string | null;
  email: string;
  displayName: string | null;
  organisation: string | null;
  accessStatus: AccessStatus;
  registeringBodyCode: string | null;
}

export interface CustomsBody {
  code: string;
  name: { kk: string; ru: string; en: string };
}

const officerApplications = '/api/v1/officer/web-declarant/applications';

export const fileOnline = (fields: ApplicationFields, signature: string) => sendJson<Received>('/api/v1/web-declarant/applications', { ...fields, signature });
export const registerPaper = (fields: ApplicationFields) => sendJson<Received>(officerApplications, fields);
export const listApplications = async (status?: ApplicationStatus) =>
  (await getJson<{ applications: Application[] }>(status ? `${officerApplications}?status=${status}` : officerApplications)).applications;
export const fetchApplication = (id: string) => getJson<Application>(`${officerApplications}/${id}`);
export const issueLogin = (id: string) => sendJson<{ login: string; accountId: string; workplaces: number; existingAccount: boolean; letterSentAt: string }>(`${officerApplications}/${id}/issue`, {});
export const rejectApplication = (id: string, reason: string) => sendJson<{ letterSentAt: string }>(`${officerApplications}/${id}/reject`, { reason });
export const letterUrl = (id: string) => `${officerApplications}/${id}/letter.pdf`;

const journal = '/api/v1/officer/web-declarant/journal';
export const fetchJournal = (year: number) => getJson<{ year: number; entries: JournalEntry[] }>(`${journal}?year=${year}`);
/** The exports are plain links: the browser downloads them with the session cookie. */
export const journalExportUrl = (year: number, format: 'csv' | 'pdf', language: string) => `${journal}?year=${year}&format=${format}&lang=${language}`;

export const fetchAccess = (accountId: string) => getJson<AccountAccess>(`/api/v1/officer/accounts/${accountId}/access`);
export const takeMeasure = (accountId: string, action: 'suspend' | 'lift-suspension' | 'revoke' | 'regrant', body: object) =>
  sendJson<{ accessStatus: AccessStatus; earliestRegrant: string | null }>(`/api/v1/officer/accounts/${accountId}/access/${action}`, body);
export const findAccounts = async (iinBin?: string) =>
  (await getJson<{ accounts: AccountSummary[] }>(iinBin ? `/api/v1/officer/accounts?iinBin=${iinBin}` : '/api/v1/officer/accounts')).accounts;
export const fetchAccount = async (id: string) => (await getJson<{ account: AccountSummary }>(`/api/v1/officer/accounts/${id}`)).account;
export const listDepartments = async () => (await getJson<{ items: CustomsBody[] }>('/api/v1/reference/customs-bodies?kind=territorial_department')).items;
