import { Button, Group } from '@mantine/core';
import type { ReactNode } from 'react';

interface RefuseButtonProps {
  /** The reason as typed: the applicant is told it, so the button stays shut until there is one. */
  reason: string;
  busy: boolean;
  onRefuse: (reason: string) => void;
  testId: string;
  children: ReactNode;
}

/** Refuses a request or an application with the reason written above it, trimmed. */
export function RefuseButton({ reason, busy, onRefuse, testId, children }: RefuseButtonProps) {
  return (
    <Group>
      <Button
        color="red"
        variant="light"
        disabled={reason.trim() === ''}
        loading={busy}
        onClick={() => onRefuse(reason.trim())}
        data-testid={testId}
      >
        {children}
      </Button>
    </Group>
  );
}
