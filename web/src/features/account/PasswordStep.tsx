import { List, PasswordInput, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { typed } from '../../components/text-binding.ts';
import { passwordBox } from './password-box.ts';
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
        <List.Item>{t('account.password.policy.length', { count: minPasswordLength })}</List.Item>
        <List.Item>{t('account.password.policy.phrase')}</List.Item>
        <List.Item>{t('account.password.policy.common')}</List.Item>
      </List>
      <PasswordInput
        label={t('account.register.password.label')}
        description={t('account.password.policy.counter', { length: password.length, min: minPasswordLength })}
        {...typed(password, (text) => onChange({ password: text }))}
        {...passwordBox('new-password')}
        error={error}
        data-testid="register-password"
      />
      <PasswordInput
        label={t('account.register.password.again')}
        {...typed(passwordAgain, (text) => onChange({ passwordAgain: text }))}
        {...passwordBox('new-password')}
        data-testid="register-password-again"
      />
    </Stack>
  );
}
