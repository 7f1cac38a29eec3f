import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api.ts';
import { RefusalAlert } from '../../components/ServerRefusalAlert.tsx';
import { isSigningError } from './signer.ts';

/** A failed signing or check, explained in the user's language; signer detail only as small print. */
export function SigningErrorAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (isSigningError(error)) {
    return (
      <Alert
        color={error.code === 'CANCELLED' ? 'gray' : 'red'}
        title={t(`signing.errors.${error.code}`)}
        data-testid="signing-error"
        data-code={error.code}
      >
        {error.detail && (
          <Text size="xs" c="dimmed">
            {error.detail}
          </Text>
        )}
      </Alert>
    );
  }
  // The server's refusals (too many checks, a malformed request) come already in the user's language.
  const title = error instanceof ApiError ? error.message : t('signatures.form.requestFailed');
  return <RefusalAlert title={title} error={error} testId="request-error" />;
}
