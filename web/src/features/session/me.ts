import { ApiError, getJson, sendJson } from '../../api.ts';

export type AccountKind = 'user' | 'officer' | 'admin';
export type AccessStatus = 'active' | 'suspended' | 'revoked' | 'disabled';

/** A certificate bound to the account, as GET /api/v1/me lists it. */
export interface BoundCertificate {
  serialNumber: string;
  issuer: string;
  commonName: string | null;
  subjectIin: string | null;
  subjectBin: string | null;
  algorithm: string;
  notBefore: string;
  notAfter: string;
  status: 'active' | 'replaced';
  boundAt: string;
}

/** The logged-in user as GET /api/v1/me answers (the server's `meResponse`). */
export interface Me {
  id: string;
  kind: AccountKind;
  /** one of the ten user types (REG-5); null for officers and administrators */
  userType: string | null;
  iinBin: string;
  login: string | null;
  email: string;
  phone: string | null;
  postalAddress: string | null;
  displayName: string | null;
  organisation: string | null;
  roles: string[];
  officeCode: string | null;
  registeringBodyCode: string | null;
  workplaces: number;
  accessStatus: AccessStatus;
  mustChangePassword: boolean;
  certificates: BoundCertificate[];
  session: { id: string; method: 'signature' | 'password'; createdAt: string; expiresAt: string; csrfToken: string };
}

export const mePath = '/api/v1/me';
export const logoutPath = '/api/v1/auth/logout';

/**
 * The logged-in user, or null when nobody is: no session (401), or a session the server has just
 * ended because access was withdrawn (403 ACCESS_*). Other failures are thrown.
 */
export async function fetchMe(): Promise<Me | null> {
  try {
    return await getJson<Me>(mePath);
  } catch (error) {
    if (error instanceof ApiError && (error.status === 401 || error.code.startsWith('ACCESS_'))) return null;
    throw error;
  }
}

/** Ends this session on the server; a session that has already ended is as good as ended. */
export async function requestLogOut(): Promise<void> {
  try {
    await sendJson<void>(logoutPath, {});
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 401)) throw error;
  }
}
