import { Checkbox, Paper, ScrollArea, Stack, Text } from '@mantine/core';
import { currentConsent } from '@shekara/contracts/accounts';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n/index.ts';

/**
 * The consent to the processing of personal data (Law No. 94-V) as the registration shows it: the
 * wording in force, in the page's language, and the box the applicant must tick to send anything.
 */
export function ConsentBox({ checked, onChange }: { checked: boolean; onChange: (checked: boolean) => void }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" data-testid="register-consent-text" data-version={currentConsent.version}>
      <Text fw={600} size="sm">
        {t('account.register.consent.title')}
      </Text>
      <Paper withBorder p="sm">
        <ScrollArea.Autosize mah={180}>
          <Text size="sm">{currentConsent.text[currentLanguage()]}</Text>
        </ScrollArea.Autosize>
      </Paper>
      <Text size="xs" c="dimmed">
        {t('account.register.consent.version', { version: currentConsent.version })}
      </Text>
      <Checkbox
        required
        checked={checked}
        onChange={(event) => onChange(event.currentTarget.checked)}
        label={t('account.register.consent.agree')}
        data-testid="register-consent"
      />
    </Stack>
  );
}
