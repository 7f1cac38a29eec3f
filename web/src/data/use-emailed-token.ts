import { useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { useAction } from './use-action.ts';

/**
 * A page an e-mailed link lands on: reads its single-use `token`, and when it is well formed
 * spends it once with `confirm` (development's double effects must not spend it twice).
 */
export function useEmailedToken<Result>(confirm: (token: string) => Promise<Result>) {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const wellFormed = /^[A-Za-z0-9_-]{20,100}$/.test(token);
  const confirming = useAction(confirm);
  const sent = useRef(false);

  useEffect(() => {
    if (sent.current || !wellFormed) return;
    sent.current = true;
    void confirming.run(token);
  }, [token, wellFormed, confirming]);

  return { wellFormed, confirming };
}
