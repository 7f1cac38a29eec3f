import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** REG-8: the e-mail address the confirmation link goes to (REG-11). */
export function EmailStep({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (value: string) => void;
  error: string | null;
}) {
  const { t } = useTranslation();
  return (
    <TextInput
      type="email"
      label={t('account.register.email.label')}
      description={t('account.register.email.lead')}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      autoComplete="email"
      maxLength={254}
      error={error}
      data-testid="register-email"
    />
  );
}
