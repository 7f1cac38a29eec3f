import { Alert, Button, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '../../api.ts';
import { useAction } from '../../data/use-action.ts';
import { featureRoutes } from '../../feature-routes.ts';
import { homePathOf, safeNext } from '../session/areas.ts';
import { useSession } from '../session/session-context.ts';
import { SigningErrorAlert } from '../signing/SigningErrorAlert.tsx';
import { changePassword } from './account-api.ts';
import { weakPasswordHint } from './password-problems.ts';
import { useSessionEndReported } from './queries.ts';
import { minPasswordLength } from './registration-draft.ts';

/**
 * The password change: forced after log-in with a one-time password issued by a territorial
 * body (nothing else opens until it is done), and open to anyone from the profile.
 */
export function PasswordChangePage() {
  const { t } = useTranslation();
  const { me, refresh } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [tried, setTried] = useState(false);
  const [done, setDone] = useState(false);
  const changer = useAction(async (current: string, next: string) => {
    await changePassword(current, next);
    setDone(true);
    const updated = await refresh();
    if (me?.mustChangePassword && updated)
      navigate(safeNext(params.get('next')) ?? homePathOf(updated.kind, featureRoutes), { replace: true });
  });
  useSessionEndReported(changer.error);
  const failure = changer.error;

  const hint = failure instanceof ApiError ? weakPasswordHint(failure) : null;
  const problem =
    [...next.normalize('NFC')].length < minPasswordLength
      ? 'passwordShort'
      : next !== again
        ? 'passwordMismatch'
        : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (problem) return;
    void changer.run(current, next);
  };

  return (
    <Stack gap="lg" py="xl" maw={560}>
      <Title order={1} data-testid="password-title">
        {t('account.passwordChange.title')}
      </Title>
      {me?.mustChangePassword && (
        <Alert color="orange" title={t('account.passwordChange.forcedTitle')} data-testid="password-forced">
          {t('account.passwordChange.forcedText')}
        </Alert>
      )}
      {done && !me?.mustChangePassword && (
        <Alert color="teal" data-testid="password-changed">
          {t('account.passwordChange.done')}
        </Alert>
      )}
      <form onSubmit={submit}>
        <Stack gap="sm">
          <PasswordInput
            label={t('account.passwordChange.current')}
            value={current}
            onChange={(e) => setCurrent(e.currentTarget.value)}
            autoComplete="current-password"
            maxLength={1024}
            required
            data-testid="password-current"
          />
          <PasswordInput
            label={t('account.passwordChange.new')}
            description={t('account.password.policy.counter', { length: next.length, min: minPasswordLength })}
            value={next}
            onChange={(e) => setNext(e.currentTarget.value)}
            autoComplete="new-password"
            maxLength={1024}
            error={tried && problem === 'passwordShort' ? t('account.register.problems.passwordShort') : null}
            data-testid="password-new"
          />
          <PasswordInput
            label={t('account.passwordChange.again')}
            value={again}
            onChange={(e) => setAgain(e.currentTarget.value)}
            autoComplete="new-password"
            maxLength={1024}
            error={tried && problem === 'passwordMismatch' ? t('account.register.problems.passwordMismatch') : null}
            data-testid="password-again"
          />
          <Text size="xs" c="dimmed">
            {t('account.password.policy.phrase')} {t('account.password.policy.common')}
          </Text>
          {failure !== undefined && <SigningErrorAlert error={failure} />}
          {hint && (
            <Text size="sm" c="red" data-testid="password-hint">
              {t(hint)}
            </Text>
          )}
          <Button type="submit" loading={changer.pending} data-testid="password-submit">
            {t('account.passwordChange.submit')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
