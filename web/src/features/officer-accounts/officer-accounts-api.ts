import { type DataReadReason, officerAccountRoutes } from '@shekara/contracts/accounts';
import type { RouteOutput } from '@shekara/contracts/http';
import { call } from '../../api/client.ts';

/** What GET /api/v1/officer/accounts/:id answers (the contract's accountDetail). */
export type OfficerAccountDetail = RouteOutput<typeof officerAccountRoutes.one>;

/** The query key of one account's detail, read again when a session of it ends. */
export const officerAccountKey = (id: string) => ['officer-accounts', id] as const;

/** One account, read for `reason` (ACC-7: the read is recorded and the user sees it). */
export const fetchOfficerAccount = (id: string, reason: DataReadReason): Promise<OfficerAccountDetail> =>
  call(officerAccountRoutes.one, { params: { id }, query: { reason } });

/** Ends a user's session, freeing the workplace it held (issue 4 point 7). */
export async function endUserSession(accountId: string, sessionId: string): Promise<void> {
  await call(officerAccountRoutes.endSession, { params: { id: accountId, sessionId } });
}

/** Releases a Web-declarant login from the workplace it is bound to (WD-22): its next log-in binds it again. */
export async function releaseLogin(accountId: string, loginId: string): Promise<void> {
  await call(officerAccountRoutes.releaseLogin, { params: { id: accountId, loginId } });
}
