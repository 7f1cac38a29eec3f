import { Loader, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { ServerRefusalAlert } from '../components/ServerRefusalAlert.tsx';
import type { Load } from './load.ts';

interface LoadedListProps<T> {
  load: Load<readonly T[]>;
  /** Where given, a spinner says this while the list is on its way; otherwise nothing shows until it comes. */
  loadingLabel?: string;
  failedTitle: string;
  emptyText: string;
  emptyTestId?: string;
  children: (items: readonly T[]) => ReactNode;
}

/** A list as every page shows one: the server's refusal, "nothing here", or the items. */
export function LoadedList<T>({
  load,
  loadingLabel,
  failedTitle,
  emptyText,
  emptyTestId,
  children,
}: LoadedListProps<T>) {
  if (load.state === 'failed') return <ServerRefusalAlert title={failedTitle} error={load.error} />;
  if (load.state === 'loading') return loadingLabel ? <Loader aria-label={loadingLabel} /> : null;
  if (load.value.length === 0) {
    return (
      <Text c="dimmed" data-testid={emptyTestId}>
        {emptyText}
      </Text>
    );
  }
  return <>{children(load.value)}</>;
}
