import { Button, Checkbox, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { typed } from '../../components/text-binding.ts';
import { SignerPanel } from '../signing/SignerPanel.tsx';
import { AccountChoice } from './AccountChoice.tsx';
import { passwordBox } from './password-box.ts';
import type { PasswordLoginState } from './use-login.ts';

/** A login issued by a territorial body, or the IIN/BIN or e-mail of a self-registered account, and its password. */
export function PasswordLoginForm({ form }: { form: PasswordLoginState }) {
  const { t } = useTranslation();
  return (
    <form onSubmit={form.submit}>
      <Stack gap="md">
        <Text size="sm">{t('account.login.passwordLead')}</Text>
        <TextInput
          label={t('account.login.login')}
          {...typed(form.login, form.setLogin)}
          autoComplete="username"
          maxLength={254}
          required
          data-testid="login-login"
        />
        <PasswordInput
          label={t('account.login.password')}
          {...typed(form.password, form.setPassword)}
          {...passwordBox('current-password')}
          required
          data-testid="login-password"
        />
        <Checkbox
          label={t('account.login.withSignature')}
          description={t('account.login.levels')}
          checked={form.withSignature}
          onChange={(event) => form.setWithSignature(event.currentTarget.checked)}
          data-testid="login-with-signature"
        />
        {form.withSignature && <SignerPanel />}
        {form.accounts && (
          <AccountChoice
            accounts={form.accounts}
            onChoose={form.choose}
            busy={form.busy}
            lead={t('account.login.choosePassword')}
          />
        )}
        <Button type="submit" loading={form.busy} data-testid="login-password-submit">
          {form.withSignature ? t('account.login.signAndEnter') : t('account.login.enter')}
        </Button>
      </Stack>
    </form>
  );
}
