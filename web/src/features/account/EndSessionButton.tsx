import { Button } from '@mantine/core';
import type { ReactNode } from 'react';

interface EndSessionButtonProps {
  sessionId: string;
  /** The action that ends a session by its id: only the row it was asked for spins while it runs. */
  ending: { pending: boolean; args?: [string]; run: (sessionId: string) => unknown };
  testId?: string;
  children: ReactNode;
}

/** Ends one of an account's sessions, freeing its workplace: in the cabinet and on the officer's account page. */
export function EndSessionButton({ sessionId, ending, testId, children }: EndSessionButtonProps) {
  return (
    <Button
      size="xs"
      variant="light"
      color="red"
      loading={ending.pending && ending.args?.[0] === sessionId}
      onClick={() => void ending.run(sessionId)}
      data-testid={testId}
    >
      {children}
    </Button>
  );
}
