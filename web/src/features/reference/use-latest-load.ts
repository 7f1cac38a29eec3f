import { useCallback, useRef, useState } from 'react';
import type { Load } from '../../use-load.ts';

/**
 * Like useLoad, for data asked again while the reader types or changes the date: only the answer
 * to the latest question is shown, so a slow earlier answer cannot overwrite a newer one.
 */
export function useLatestLoad<T>(): [Load<T>, (pending: Promise<T>) => void] {
  const [load, setLoad] = useState<Load<T>>({ state: 'loading' });
  const latest = useRef(0);
  const start = useCallback((pending: Promise<T>) => {
    const asked = ++latest.current;
    setLoad({ state: 'loading' });
    pending.then(
      (value) => asked === latest.current && setLoad({ state: 'ready', value }),
      (error: unknown) => asked === latest.current && setLoad({ state: 'failed', error }),
    );
  }, []);
  return [load, start];
}
