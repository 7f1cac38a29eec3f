import { Alert, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
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

/**
 * A refusal of the server, already in the user's language, with its code and request id small
 * for support. What the user reads is always a meaning: a failure without the server's own
 * message (the network, a proxy's error page) is said in the interface's words, never as a raw
 * status or the browser's English (issue 19 point 6).
 */
export function ServerRefusalAlert({ title, error }: { title: string; error: unknown }) {
  const { t } = useTranslation();
  const fromServer = error instanceof ApiError && !error.code.startsWith('HTTP_');
  const message = fromServer
    ? error.message
    : error instanceof ApiError
      ? t('refusal.server')
      : error instanceof TypeError
        ? t('refusal.network')
        : error instanceof Error
          ? error.message
          : String(error);
  return (
    <RefusalAlert title={title} error={error} testId="server-refusal">
      <Text size="sm" data-testid="server-refusal-message">
        {message}
      </Text>
      {error instanceof ApiError && (
        <Text size="xs" c="dimmed" data-testid="server-refusal-support">
          {t('refusal.support')}: {error.code}
          {error.requestId ? ` · ${error.requestId}` : ''}
        </Text>
      )}
    </RefusalAlert>
  );
}
