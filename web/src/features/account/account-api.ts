import { getJson, sendJson } from '../../api.ts';
import type { BoundCertificate, Me } from '../session/me.ts';
import type { CredentialsRequestFields } from './signed-registration.ts';
import type { UserType } from './user-types.ts';

// The account routes of the server (server/src/modules/accounts/routes.ts), one function each.

export interface RegistrationRequest {
  userType: UserType;
  iinBin: string;
  email: string;
  password: string;
  authMethod: 'signature' | 'credentials';
  signature: string;
  credentialsRequest?: CredentialsRequestFields;
}

export type Registered =
  | { registrationId: string; status: 'awaiting_email_confirmation' }
  | { registrationId: string; status: 'credentials_requested'; requestNumber: string; bodyCode: string; reviewDueOn: string };

export const register = (request: RegistrationRequest) => sendJson<Registered>('/api/v1/registrations', request);

export const confirmRegistration = (token: string) => sendJson<{ accountId: string; status: 'active' }>('/api/v1/registrations/confirm', { token });

/** A single-use nonce, valid for 5 minutes, to be signed with the authentication key. */
export const fetchChallenge = () => getJson<{ nonce: string; expiresAt: string }>('/api/v1/auth/challenge');

export const logInBySignature = (signature: string, accountId?: string) => sendJson<Me>('/api/v1/auth/login/signature', { signature, ...(accountId ? { accountId } : {}) });

export const logInByPassword = (login: string, password: string, signature?: string) =>
  sendJson<Me>('/api/v1/auth/login/password', { login, password, ...(signature ? { signature } : {}) });

export const changePassword = (currentPassword: string, newPassword: string) => sendJson<void>('/api/v1/me/password', { currentPassword, newPassword });

export interface ContactChange {
  email?: string;
  phone?: string | null;
  postalAddress?: string | null;
}

export const changeContact = (change: ContactChange) => sendJson<void>('/api/v1/me', change, 'PATCH');

export const fetchCertificates = async () => (await getJson<{ certificates: BoundCertificate[] }>('/api/v1/me/certificates')).certificates;

export const bindCertificate = (signature: string) =>
  sendJson<{ serialNumber: string; commonName: string | null; notAfter: string; replaced: number }>('/api/v1/me/certificates', { signature });

export interface SessionView {
  id: string;
  method: 'signature' | 'password';
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  ip: string | null;
  userAgent: string | null;
  current: boolean;
}

export const fetchSessions = () => getJson<{ workplaces: number; sessions: SessionView[] }>('/api/v1/me/sessions');

export const endSession = (id: string) => getJson<void>(`/api/v1/me/sessions/${encodeURIComponent(id)}`, { method: 'DELETE' });

export interface HistoryEntry {
  at: string;
  action: string;
  outcome: string;
  code: string | null;
  details: Record<string, unknown>;
}

export const fetchHistory = async () => (await getJson<{ entries: HistoryEntry[] }>('/api/v1/me/history')).entries;

/** An account a certificate opens, as AUTH_ACCOUNT_CHOICE_REQUIRED lists it in `details.accounts`. */
export interface AccountChoice {
  accountId: string;
  kind: 'user' | 'officer' | 'admin';
  userType: UserType | null;
  iinBin: string;
  organisation: string | null;
}

export function accountChoicesOf(details: unknown): AccountChoice[] {
  const accounts = (details as { accounts?: unknown } | undefined)?.accounts;
  return Array.isArray(accounts) ? (accounts as AccountChoice[]).filter((a) => typeof a?.accountId === 'string') : [];
}
