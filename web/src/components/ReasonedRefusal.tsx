import { Button, Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { LongText } from './LongText.tsx';
import { typed } from './text-binding.ts';

interface ReasonedRefusalProps {
  /** The reason as typed: the applicant is told it, so the button stays shut until there is one. */
  reason: string;
  onReason: (reason: string) => void;
  reasonLabel: string;
  reasonHint?: string;
  maxLength: number;
  busy: boolean;
  onRefuse: (reason: string) => void;
  testIds: { reason: string; refuse: string };
  /** What the button says. */
  children: ReactNode;
}

/** Refuses a request or an application: the box for the reason, and under it the button that sends it trimmed. */
export function ReasonedRefusal({
  reason,
  onReason,
  reasonLabel,
  reasonHint,
  maxLength,
  busy,
  onRefuse,
  testIds,
  children,
}: ReasonedRefusalProps) {
  return (
    <>
      <LongText
        label={reasonLabel}
        description={reasonHint}
        {...typed(reason, onReason)}
        maxLength={maxLength}
        data-testid={testIds.reason}
      />
      <Group>
        <Button
          color="red"
          variant="light"
          disabled={reason.trim() === ''}
          loading={busy}
          onClick={() => onRefuse(reason.trim())}
          data-testid={testIds.refuse}
        >
          {children}
        </Button>
      </Group>
    </>
  );
}
