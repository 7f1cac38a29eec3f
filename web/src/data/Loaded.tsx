import { Center, Loader } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ServerRefusalAlert } from '../components/ServerRefusalAlert.tsx';

interface LoadedProps<T> {
  query: Pick<UseQueryResult<T>, 'status' | 'data' | 'error'>;
  /** What the spinner says to a screen reader while the data is on its way. */
  loadingLabel?: string;
  /** A small spinner in the flow of the page (a part of it loads) instead of one in the page's middle. */
  inline?: boolean;
  /** The title of the refusal shown when the server would not give the data. */
  failedTitle: string;
  children: (value: T) => ReactNode;
}

/** The one way a page shows its data: a spinner while it comes, the server's refusal, or the page itself. */
export function Loaded<T>({ query, loadingLabel, inline, failedTitle, children }: LoadedProps<T>) {
  if (query.status === 'error') return <ServerRefusalAlert title={failedTitle} error={query.error} />;
  if (query.status !== 'success') {
    if (inline) return <Loader size="sm" aria-label={loadingLabel} />;
    return (
      <Center py="xl">
        <Loader aria-label={loadingLabel} />
      </Center>
    );
  }
  return <>{children(query.data as T)}</>;
}
