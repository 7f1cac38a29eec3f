import { officerAccountRoutes } from '@shekara/contracts/accounts';
import type { RouteOutput } from '@shekara/contracts/http';
import { call } from '../../api/client.ts';

/** What GET /api/v1/officer/accounts/:id answers (the contract's accountDetail). */
export type OfficerAccountDetail = RouteOutput<typeof officerAccountRoutes.one>;

/** The query key of one account's detail, read again when a session of it ends. */
export const officerAccountKey = (id: string) => ['officer-accounts', id] as const;

export const fetchOfficerAccount = (id: string): Promise<OfficerAccountDetail> =>
  call(officerAccountRoutes.one, { params: { id } });

/** Ends a user's session, freeing the workplace it held (issue 4 point 7). */
export async function endUserSession(accountId: string, sessionId: string): Promise<void> {
  await call(officerAccountRoutes.endSession, { params: { id: accountId, sessionId } });
}

/** Releases a Web-declarant login from the workplace it is bound to (WD-22): its next log-in binds it again. */
export async function releaseLogin(accountId: string, loginId: string): Promise<void> {
  await call(officerAccountRoutes.releaseLogin, { params: { id: accountId, loginId } });
}
