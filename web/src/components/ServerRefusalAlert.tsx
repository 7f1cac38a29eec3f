import { Alert, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { ApiError } from '../api.ts';

interface RefusalAlertProps {
  title: string;
  error: unknown;
  testId: string;
  children?: ReactNode;
}

/** A red alert for something the server refused; browser tests read the server's code from it. */
export function RefusalAlert({ title, error, testId, children }: RefusalAlertProps) {
  return (
    <Alert
      color="red"
      title={title}
      data-testid={testId}
      data-code={error instanceof ApiError ? error.code : undefined}
    >
      {children}
    </Alert>
  );
}

/** A refusal of the server, already in the user's language, with its code and request id for support. */
export function ServerRefusalAlert({ title, error }: { title: string; error: unknown }) {
  const message = error instanceof Error ? error.message : String(error);
  return (
    <RefusalAlert title={title} error={error} testId="server-refusal">
      <Text size="sm">{message}</Text>
      {error instanceof ApiError && (
        <Text size="xs" c="dimmed">
          {error.code} · {error.requestId}
        </Text>
      )}
    </RefusalAlert>
  );
}
