import { Button, Group } from '@mantine/core';
import { LongText } from './LongText.tsx';
import { typed } from './text-binding.ts';

interface ApproveOrRefuseProps {
  busy: boolean;
  approve: { label: string; onApprove: () => void; color?: string; testId: string };
  /** The reason as typed: the applicant is told it, so the refusal stays shut until there is one. */
  reason: {
    text: string;
    onText: (text: string) => void;
    label: string;
    hint?: string;
    maxLength: number;
    testId: string;
  };
  /** The refusal gets the reason trimmed. */
  refuse: { label: string; onRefuse: (reason: string) => void; testId: string };
}

/** An officer's decision on a request or an application: approve it, or refuse it with a reason written for the applicant. */
export function ApproveOrRefuse({ busy, approve, reason, refuse }: ApproveOrRefuseProps) {
  return (
    <>
      <Group>
        <Button color={approve.color} onClick={approve.onApprove} loading={busy} data-testid={approve.testId}>
          {approve.label}
        </Button>
      </Group>
      <LongText
        label={reason.label}
        description={reason.hint}
        {...typed(reason.text, reason.onText)}
        maxLength={reason.maxLength}
        data-testid={reason.testId}
      />
      <Group>
        <Button
          color="red"
          variant="light"
          disabled={reason.text.trim() === ''}
          loading={busy}
          onClick={() => refuse.onRefuse(reason.text.trim())}
          data-testid={refuse.testId}
        >
          {refuse.label}
        </Button>
      </Group>
    </>
  );
}
