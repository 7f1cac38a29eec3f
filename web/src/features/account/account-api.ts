import { accountRoutes } from '@shekara/contracts/accounts';
import type { RouteInput, RouteOutput } from '@shekara/contracts/http';
import { signatureRoutes } from '@shekara/contracts/signature';
import { call } from '../../api/client.ts';
import type { UserType } from './user-types.ts';

// The account routes of the server (contracts/src/accounts/routes.ts), one function each.

export type RegistrationRequest = RouteInput<typeof accountRoutes.register>['body'];
export type Registered = RouteOutput<typeof accountRoutes.register>;

export const register = (request: RegistrationRequest) => call(accountRoutes.register, { body: request });

export const confirmRegistration = (token: string) => call(accountRoutes.confirm, { body: { token } });

/** A single-use nonce, valid for 5 minutes, to be signed with the authentication key. */
export const fetchChallenge = () => call(signatureRoutes.challenge);

export const logInBySignature = (signature: string, accountId?: string) =>
  call(accountRoutes.logInBySignature, { body: { signature, ...(accountId ? { accountId } : {}) } });

export const logInByPassword = (login: string, password: string, signature?: string, accountId?: string) =>
  call(accountRoutes.logInByPassword, {
    body: { login, password, ...(signature ? { signature } : {}), ...(accountId ? { accountId } : {}) },
  });

/** The release token a log-in refused with AUTH_WORKPLACE_LIMIT carries once its holder was proven (issue 19 point 4). */
export interface Release {
  token: string;
  expiresAt: string;
}

export function releaseOf(details: unknown): Release | null {
  const release = (details as { release?: Partial<Release> } | undefined)?.release;
  return typeof release?.token === 'string' && typeof release.expiresAt === 'string'
    ? { token: release.token, expiresAt: release.expiresAt }
    : null;
}

/** The sessions holding every workplace, as the release token shows them. */
export const fetchHeldSessions = (token: string) => call(accountRoutes.heldSessions, { body: { token } });

/** Ends one held session, or all of them; the token is then used up. */
export const endHeldSessions = (token: string, which: { sessionId: string } | { all: true }) =>
  call(accountRoutes.endHeldSessions, { body: { token, ...which } });

export const changePassword = async (currentPassword: string, newPassword: string): Promise<void> => {
  await call(accountRoutes.changePassword, { body: { currentPassword, newPassword } });
};

export type ContactChange = RouteInput<typeof accountRoutes.changeContact>['body'];

export const changeContact = async (change: ContactChange): Promise<void> => {
  await call(accountRoutes.changeContact, { body: change });
};

export const fetchCertificates = async () => (await call(accountRoutes.certificates)).certificates;

export const bindCertificate = (signature: string) => call(accountRoutes.bindCertificate, { body: { signature } });

/** Raises a password session to the internal module with the account's activated signature (ACC-6). */
export const proveSession = (signature: string) => call(accountRoutes.proveSession, { body: { signature } });

export const fetchSessions = () => call(accountRoutes.sessions);

export const endSession = async (id: string): Promise<void> => {
  await call(accountRoutes.endSession, { params: { id } });
};

export const fetchConsents = async () => (await call(accountRoutes.consents)).consents;

export type DataReadsPage = RouteOutput<typeof accountRoutes.dataReads>;
export type DataRead = DataReadsPage['reads'][number];
export const fetchDataReads = (page: number) => call(accountRoutes.dataReads, { query: { page } });

export type HistoryEntry = Awaited<ReturnType<typeof fetchHistory>>[number];
export const fetchHistory = async () => (await call(accountRoutes.history)).entries;

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
