import { Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SignAndVerify } from '../features/signing/SignAndVerify.tsx';
import { SignerPanel } from '../features/signing/SignerPanel.tsx';
import { VerifyForm } from '../features/signing/VerifyForm.tsx';

/** Anyone may check an NCA RK signature here, and try their own signing set-up on a sample. */
export function SignatureVerifyPage() {
  const { t } = useTranslation();
  return (
    <Stack gap="xl" py="xl">
      <Stack gap="xs">
        <Title order={1} data-testid="verify-title">
          {t('signatures.page.title')}
        </Title>
        <Text maw={760}>{t('signatures.page.lead')}</Text>
      </Stack>
      <VerifyForm />
      <Stack gap="md">
        <SignerPanel />
        <Card withBorder padding="lg">
          <SignAndVerify />
        </Card>
      </Stack>
    </Stack>
  );
}
