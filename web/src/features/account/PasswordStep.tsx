import { List, PasswordInput, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { minPasswordLength } from './registration-draft.ts';

interface PasswordStepProps {
  password: string;
  passwordAgain: string;
  onChange: (change: { password?: string; passwordAgain?: string }) => void;
  /** the problem found here or by the server (REG_PASSWORD_WEAK), already in words */
  error: string | null;
}

/** REG-7: a password for later log-in, by NIST SP 800-63B: long enough, not common, no composition rules. */
export function PasswordStep({ password, passwordAgain, onChange, error }: PasswordStepProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Text size="sm">{t('account.password.policy.lead')}</Text>
      <List size="sm" spacing={2}>
        <List.Item>{t('account.password.policy.length', { min: minPasswordLength })}</List.Item>
        <List.Item>{t('account.password.policy.phrase')}</List.Item>
        <List.Item>{t('account.password.policy.common')}</List.Item>
      </List>
      <PasswordInput
        label={t('account.register.password.label')}
        description={t('account.password.policy.counter', { length: password.length, min: minPasswordLength })}
        value={password}
        onChange={(event) => onChange({ password: event.currentTarget.value })}
        autoComplete="new-password"
        maxLength={1024}
        error={error}
        data-testid="register-password"
      />
      <PasswordInput
        label={t('account.register.password.again')}
        value={passwordAgain}
        onChange={(event) => onChange({ passwordAgain: event.currentTarget.value })}
        autoComplete="new-password"
        maxLength={1024}
        data-testid="register-password-again"
      />
    </Stack>
  );
}
