import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ApiError } from '../../api.ts';
import { fetchMe, type Me, requestLogOut } from './me.ts';
import { SessionContext, type SessionState } from './session-context.ts';

/** Who is logged in, for the whole app: asked of the server once at start, then kept up to date by log-in, log-out and refresh. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null>(null);
  const [loading, setLoading] = useState(true);

  const refresh = useCallback(async () => {
    // A server that cannot be reached leaves the user anonymous: public pages still work.
    const current = await fetchMe().catch(() => null);
    setMe(current);
    setLoading(false);
    return current;
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  // What one user was shown is not shown to the next one who logs in on this browser.
  const client = useQueryClient();
  const shownTo = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (loading) return;
    const current = me?.id ?? '';
    if (shownTo.current !== undefined && shownTo.current !== current) void client.resetQueries();
    shownTo.current = current;
  }, [client, me, loading]);

  const signedIn = useCallback((next: Me) => {
    setMe(next);
    setLoading(false);
  }, []);

  const logOut = useCallback(async () => {
    try {
      await requestLogOut();
    } finally {
      setMe(null);
    }
  }, []);

  const requestFailed = useCallback((error: unknown) => {
    // Only these mean the session itself is gone; a wrong current password is a 401 too, but not one of them.
    if (error instanceof ApiError && (error.code === 'AUTH_REQUIRED' || error.code.startsWith('ACCESS_'))) setMe(null);
  }, []);

  const state = useMemo<SessionState>(
    () => ({ me, loading, refresh, signedIn, logOut, requestFailed }),
    [me, loading, refresh, signedIn, logOut, requestFailed],
  );
  return <SessionContext.Provider value={state}>{children}</SessionContext.Provider>;
}
