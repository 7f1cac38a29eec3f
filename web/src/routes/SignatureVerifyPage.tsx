import { Card, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../components/PageHeading.tsx';
import { SignAndVerify } from '../features/signing/SignAndVerify.tsx';
import { SignerPanel } from '../features/signing/SignerPanel.tsx';
import { VerifyForm } from '../features/signing/VerifyForm.tsx';

/** Anyone may check an NCA RK signature here, and try their own signing set-up on a sample. */
export function SignatureVerifyPage() {
  const { t } = useTranslation();
  return (
    <Stack gap="xl" py="xl">
      <PageHeading title={t('signatures.page.title')} lead={t('signatures.page.lead')} testId="verify-title" />
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
