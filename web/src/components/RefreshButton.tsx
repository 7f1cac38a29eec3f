import { Button } from '@mantine/core';
import type { ReactNode } from 'react';

interface RefreshButtonProps {
  /** The list to read again; the button spins while it is being read. */
  query: { refetch: () => Promise<unknown>; isFetching: boolean };
  testId?: string;
  children: ReactNode;
}

/** Reads a queue or a list again from the server, for what others have done since it was opened. */
export function RefreshButton({ query, testId, children }: RefreshButtonProps) {
  return (
    <Button variant="default" onClick={() => void query.refetch()} loading={query.isFetching} data-testid={testId}>
      {children}
    </Button>
  );
}
