import { useCallback, useEffect, useState } from 'react';
import { useSession } from '../session/session-context.ts';

/**
 * What a cabinet card fetches about the account, fetched when it opens and again on `reload`. A
 * failure is kept for the card to show, and one that means the session ended sends the user to log in.
 */
export function useAccountData<T>(fetch: () => Promise<T>) {
  const { requestFailed } = useSession();
  const [data, setData] = useState<T | null>(null);
  const [failure, setFailure] = useState<unknown>();
  const fail = useCallback(
    (error: unknown) => {
      requestFailed(error);
      setFailure(error);
    },
    [requestFailed],
  );
  const reload = useCallback(() => {
    fetch().then(setData, fail);
  }, [fetch, fail]);
  useEffect(reload, [reload]);
  return { data, failure, setFailure, fail, reload };
}
