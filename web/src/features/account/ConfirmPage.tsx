import { Alert, Anchor, Button, Center, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../../api.ts';
import { useEmailedToken } from '../../data/use-emailed-token.ts';
import { loginPath, registerPath } from '../../navigation.ts';
import { confirmRegistration } from './account-api.ts';

type Outcome = { state: 'confirming' } | { state: 'confirmed' } | { state: 'refused'; code: string; message: string };

/** REG-11, REG-12: the link from the e-mail lands here, and following it completes the registration. */
export function ConfirmPage() {
  const { t } = useTranslation();
  const { wellFormed, confirming } = useEmailedToken(confirmRegistration);

  const outcome = outcomeOf(wellFormed, confirming, t('account.confirm.malformed'), t('account.requestFailed'));

  return (
    <Stack gap="lg" py="xl" maw={640}>
      <Title order={1}>{t('account.confirm.title')}</Title>
      {outcome.state === 'confirming' && (
        <Center py="lg">
          <Loader aria-label={t('account.confirm.confirming')} />
        </Center>
      )}
      {outcome.state === 'confirmed' && (
        <Alert color="teal" title={t('account.confirm.doneTitle')} data-testid="confirm-result" data-state="confirmed">
          <Stack gap="sm" align="flex-start">
            <Text size="sm">{t('account.confirm.doneText')}</Text>
            <Button component={Link} to={loginPath} data-testid="confirm-login">
              {t('nav.login')}
            </Button>
          </Stack>
        </Alert>
      )}
      {outcome.state === 'refused' && (
        <Alert
          color="red"
          title={outcome.message}
          data-testid="confirm-result"
          data-state="refused"
          data-code={outcome.code}
        >
          <Stack gap="xs">
            <Text size="sm">
              {t(outcome.code === 'REG_CONFIRMATION_EXPIRED' ? 'account.confirm.expired' : 'account.confirm.invalid')}
            </Text>
            <Anchor
              component={Link}
              to={outcome.code === 'REG_CONFIRMATION_EXPIRED' ? registerPath : loginPath}
              size="sm"
            >
              {t(outcome.code === 'REG_CONFIRMATION_EXPIRED' ? 'account.confirm.registerAgain' : 'nav.login')}
            </Anchor>
          </Stack>
        </Alert>
      )}
    </Stack>
  );
}

/** Where the confirmation stands: a malformed link is refused without asking the server. */
function outcomeOf(
  wellFormed: boolean,
  confirming: { status: string; error?: unknown },
  malformed: string,
  failed: string,
): Outcome {
  if (!wellFormed) return { state: 'refused', code: 'REG_CONFIRMATION_INVALID', message: malformed };
  if (confirming.status === 'success') return { state: 'confirmed' };
  if (confirming.status !== 'error') return { state: 'confirming' };
  const error = confirming.error;
  return {
    state: 'refused',
    code: error instanceof ApiError ? error.code : 'FAILED',
    message: error instanceof ApiError ? error.message : failed,
  };
}
