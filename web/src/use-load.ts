import { useCallback, useState } from 'react';

/** Where a page's data stands: on its way, arrived, or refused (the error to show). */
export type Load<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'failed'; error: unknown };

/** A page's data and the function that (re)loads it: the page reads `loading` until the answer comes. */
export function useLoad<T>(): [Load<T>, (pending: Promise<T>) => void] {
  const [load, setLoad] = useState<Load<T>>({ state: 'loading' });
  const start = useCallback((pending: Promise<T>) => {
    setLoad({ state: 'loading' });
    pending.then(
      (value) => setLoad({ state: 'ready', value }),
      (error: unknown) => setLoad({ state: 'failed', error }),
    );
  }, []);
  return [load, start];
}
