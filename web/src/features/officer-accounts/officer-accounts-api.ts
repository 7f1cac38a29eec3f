import { getJson } from '../../api.ts';

/** What GET /api/v1/officer/accounts/:id answers (server/src/modules/accounts/schemas.ts, accountDetail). */
export interface OfficerAccountDetail {
  account: {
    id: string;
    kind: 'user' | 'officer' | 'admin';
    userType: string | null;
    iinBin: string;
    login: string | null;
    email: string;
    displayName: string | null;
    organisation: string | null;
    status: string;
    accessStatus: 'active' | 'suspended' | 'revoked' | 'disabled';
    workplaces: number;
    registeringBodyCode: string | null;
    createdAt: string;
  };
  certificates: { serialNumber: string; commonName: string | null; algorithm: string; notAfter: string; status: 'active' | 'replaced'; boundAt: string }[];
  sessions: { id: string; method: 'signature' | 'password'; createdAt: string; lastSeenAt: string; expiresAt: string; ip: string | null; userAgent: string | null }[];
  history: { at: string; action: string; outcome: string; code: string | null }[];
}

export const officerAccountApiPath = (id: string) => `/api/v1/officer/accounts/${encodeURIComponent(id)}`;

export function fetchOfficerAccount(id: string): Promise<OfficerAccountDetail> {
  return getJson<OfficerAccountDetail>(officerAccountApiPath(id));
}

/** Ends a user's session, freeing the workplace it held (issue 4 point 7). */
export function endUserSession(accountId: string, sessionId: string): Promise<void> {
  return getJson<void>(`${officerAccountApiPath(accountId)}/sessions/${encodeURIComponent(sessionId)}`, { method: 'DELETE' });
}
