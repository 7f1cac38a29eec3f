import { Alert, Button, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '../../api.ts';
import { useTextForm } from '../../components/text-binding.ts';
import { useAction } from '../../data/use-action.ts';
import { featureRoutes } from '../../feature-routes.ts';
import { homePathOf, safeNext } from '../session/areas.ts';
import { useSession } from '../session/session-context.ts';
import { SigningErrorAlert } from '../signing/SigningErrorAlert.tsx';
import { changePassword } from './account-api.ts';
import { passwordBox } from './password-box.ts';
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
  const [{ current, next, again }, field] = useTextForm(
    { current: '', next: '', again: '' },
    {
      current: t('account.passwordChange.current'),
      next: t('account.passwordChange.new'),
      again: t('account.passwordChange.again'),
    },
  );
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

  // The page's own check is shown once the user tried to submit, under the box it is about.
  const shown = (which: NonNullable<typeof problem>) =>
    tried && problem === which ? t(`account.register.problems.${which}`) : null;

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
            {...field('current')}
            {...passwordBox('current-password')}
            required
            data-testid="password-current"
          />
          <PasswordInput
            {...field('next')}
            {...passwordBox('new-password')}
            description={t('account.password.policy.counter', { length: next.length, min: minPasswordLength })}
            error={shown('passwordShort')}
            data-testid="password-new"
          />
          <PasswordInput
            {...field('again')}
            {...passwordBox('new-password')}
            error={shown('passwordMismatch')}
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
