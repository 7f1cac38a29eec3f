import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api.ts';
import { SmallLink } from '../../components/SmallLink.tsx';
import { registerPath } from '../../navigation.ts';
import { SigningErrorAlert } from '../signing/SigningErrorAlert.tsx';

// What the user can do about a refusal, beyond the server's own words.
const advice: Record<string, string> = {
  AUTH_LOCKED: 'account.login.advice.locked',
  AUTH_WORKPLACE_LIMIT: 'account.login.advice.workplaces',
  ACCESS_SUSPENDED: 'account.login.advice.access',
  ACCESS_REVOKED: 'account.login.advice.access',
  ACCESS_DISABLED_PERMANENTLY: 'account.login.advice.disabled',
  AUTH_CERTIFICATE_NOT_BOUND: 'account.login.advice.certificate',
};

/** A refused log-in in the server's words (AUTH_LOCKED, AUTH_WORKPLACE_LIMIT, ACCESS_*…), with what to do next. */
export function LoginProblem({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const code = error instanceof ApiError ? error.code : null;
  return (
    <Stack gap="xs" data-testid="login-problem" data-code={code ?? undefined}>
      <SigningErrorAlert error={error} />
      {code && advice[code] && <Text size="sm">{t(advice[code])}</Text>}
      {code === 'AUTH_NO_ACCOUNT' && <SmallLink to={registerPath}>{t('account.login.register')}</SmallLink>}
    </Stack>
  );
}
