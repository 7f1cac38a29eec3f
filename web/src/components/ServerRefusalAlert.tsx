import { Alert, Text } from '@mantine/core';
import { ApiError } from '../api.ts';

/** A refusal of the server, already in the user's language, with its code and request id for support. */
export function ServerRefusalAlert({ title, error }: { title: string; error: unknown }) {
  const message = error instanceof Error ? error.message : String(error);
  return (
    <Alert
      color="red"
      title={title}
      data-testid="server-refusal"
      data-code={error instanceof ApiError ? error.code : undefined}
    >
      <Text size="sm">{message}</Text>
      {error instanceof ApiError && (
        <Text size="xs" c="dimmed">
          {error.code} · {error.requestId}
        </Text>
      )}
    </Alert>
  );
}
