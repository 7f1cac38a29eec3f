import type { UseQueryResult } from '@tanstack/react-query';

/** Where a piece of server data stands: on its way, arrived, or refused (the error to show). */
export type Load<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'failed'; error: unknown };

/** A query's answer as a Load; what it had before stays shown while it asks again. */
export function loadOf<T>(query: Pick<UseQueryResult<T>, 'status' | 'data' | 'error'>): Load<T> {
  if (query.status === 'success') return { state: 'ready', value: query.data as T };
  if (query.status === 'error') return { state: 'failed', error: query.error };
  return { state: 'loading' };
}

/** A part of a loaded answer (the rows of a page of results), loading and refused as the whole. */
export function mapLoad<T, U>(load: Load<T>, part: (value: T) => U): Load<U> {
  return load.state === 'ready' ? { state: 'ready', value: part(load.value) } : load;
}
