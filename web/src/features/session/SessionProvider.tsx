import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ApiError } from '../../api.ts';
import type { Me } from './me.ts';
import { SessionContext, type SessionState } from './session-context.ts';

// The session's calls carry the accounts' route contracts (and zod with them): fetched after the
// first page's script, not with it (issue 19 point 11).
const sessionApi = () => import('./me.ts');

/** Who is logged in; null when nobody is, or when the server cannot be reached: public pages still work. */
const askServer = () =>
  sessionApi()
    .then((api) => api.fetchMe())
    .catch(() => null);

// Asked as soon as the app's script runs, beside the page's texts rather than after the first
// render: the header and every guarded page wait on the answer. Not in the build's prerender,
// which has no server to ask.
let askedAtStart: Promise<Me | null> | undefined = typeof document === 'undefined' ? undefined : askServer();

/** Who is logged in, for the whole app: asked of the server once at start, then kept up to date by log-in, log-out and refresh. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null>(null);
  const [loading, setLoading] = useState(true);

  const refresh = useCallback(async () => {
    const pending = askedAtStart;
    askedAtStart = undefined;
    const current = await (pending ?? askServer());
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
      await (await sessionApi()).requestLogOut();
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
