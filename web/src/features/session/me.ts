import { accountRoutes } from '@shekara/contracts/accounts';
import type { RouteOutput } from '@shekara/contracts/http';
import { ApiError, call } from '../../api/client.ts';

/** The logged-in user as GET /api/v1/me answers (the contract's `meResponse`). */
export type Me = RouteOutput<typeof accountRoutes.me>;
export type AccountKind = Me['kind'];

/**
 * The logged-in user, or null when nobody is: no session (401), or a session the server has just
 * ended because access was withdrawn (403 ACCESS_*). Other failures are thrown.
 */
export async function fetchMe(): Promise<Me | null> {
  try {
    return await call(accountRoutes.me);
  } catch (error) {
    if (error instanceof ApiError && (error.status === 401 || error.code.startsWith('ACCESS_'))) return null;
    throw error;
  }
}

/** Ends this session on the server; a session that has already ended is as good as ended. */
export async function requestLogOut(): Promise<void> {
  try {
    await call(accountRoutes.logOut);
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 401)) throw error;
  }
}
