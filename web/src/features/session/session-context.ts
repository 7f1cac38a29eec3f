import { createContext, useContext } from 'react';
import type { Me } from './me.ts';

export interface SessionState {
  /** The logged-in user; null when nobody is (or while loading). */
  me: Me | null;
  /** True until the first GET /api/v1/me has answered. */
  loading: boolean;
  /** Asks the server again, e.g. after a change to the user's own data. */
  refresh(): Promise<Me | null>;
  /** Takes the user a log-in answered with (POST /api/v1/auth/login/*), without asking again. */
  signedIn(me: Me): void;
  /** Ends the session on the server and forgets the user. */
  logOut(): Promise<void>;
  /**
   * To be told of a failed request: AUTH_REQUIRED means the session has ended (idle or absolute
   * timeout, ended elsewhere) and ACCESS_* that access was withdrawn, so the user is forgotten and
   * RequireSession sends them to log in again.
   */
  requestFailed(error: unknown): void;
}

export const SessionContext = createContext<SessionState | null>(null);

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession() needs a <SessionProvider> above it');
  return state;
}
