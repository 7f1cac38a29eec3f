import { getJson, sendJson } from '../../api.ts';

/** The territorial body's requests for a login and password, as the officer's API gives them (AST-2..AST-5). */
export type RequestStatus = 'submitted' | 'approved' | 'rejected';
export type RequestChannel = 'electronic' | 'paper';

export interface RequestSummary {
  id: string;
  number: string;
  channel: RequestChannel;
  status: RequestStatus;
  userType: string;
  iinBin: string;
  applicantName: string | null;
  bodyCode: string;
  receivedOn: string;
  reviewDueOn: string;
  /** working days left to decide, negative when late; null once decided */
  workingDaysLeft: number | null;
  reviewOverdue: boolean;
  decidedOn: string | null;
  login: string | null;
  noticeDueOn: string | null;
  noticeSentAt: string | null;
  noticeOverdue: boolean;
}

export interface HistoryEntry {
  at: string;
  action: string;
  outcome: string;
  actorAccountId: string | null;
  details: Record<string, unknown>;
}

export interface RequestDetail extends RequestSummary {
  regionCode: string;
  registrationNoticeNumber: string | null;
  identityDocument: { number: string; issuedOn: string } | null;
  postalAddress: string | null;
  phone: string | null;
  email: string | null;
  language: 'kk' | 'ru' | 'en';
  certificate: { serialNumber: string; commonName: string | null; subjectIin: string | null; subjectBin: string | null; notAfter: string } | null;
  rejectionReason: string | null;
  accountId: string | null;
  letterAvailable: boolean;
  history: HistoryEntry[];
}

export interface PaperRequest {
  userType: string;
  iinBin: string;
  applicantName: string;
  postalAddress: string;
  email?: string;
  phone?: string;
  registrationNoticeNumber?: string;
  identityDocument?: { number: string; issuedOn: string };
  language?: 'kk' | 'ru' | 'en';
  regionCode?: string;
}

export interface Filed {
  requestId: string;
  number: string;
  bodyCode: string;
  reviewDueOn: string;
}

export const requestsPath = '/api/v1/officer/credentials-requests';

export function listRequests(filter: { status?: RequestStatus; overdue?: boolean }): Promise<{ today: string; requests: RequestSummary[] }> {
  const query = new URLSearchParams();
  if (filter.status) query.set('status', filter.status);
  if (filter.overdue) query.set('overdue', 'true');
  const suffix = query.size > 0 ? `?${query.toString()}` : '';
  return getJson(`${requestsPath}${suffix}`);
}

export const fetchRequest = (id: string) => getJson<RequestDetail>(`${requestsPath}/${id}`);
export const registerPaperRequest = (request: PaperRequest) => sendJson<Filed>(requestsPath, request);
export const approveRequest = (id: string) => sendJson<{ accountId: string; login: string; notice: 'email' | 'letter'; noticeDueOn: string }>(`${requestsPath}/${id}/approve`, {});
export const rejectRequest = (id: string, reason: string) => sendJson<{ notice: 'email' | 'letter'; noticeDueOn: string }>(`${requestsPath}/${id}/reject`, { reason });
export const markNoticeSent = (id: string) => sendJson<{ noticeSentAt: string }>(`${requestsPath}/${id}/notice-sent`, {});
export const letterUrl = (id: string) => `${requestsPath}/${id}/letter.pdf`;

export interface Region {
  code: string;
  name: { kk: string; ru: string; en: string };
}

export const listRegions = async () => (await getJson<{ items: Region[] }>('/api/v1/reference/classifiers/regions')).items;
