import { Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SignerPanel } from '../signing/SignerPanel.tsx';
import { AccountChoice } from './AccountChoice.tsx';
import type { SignatureLoginState } from './use-login.ts';

/** The signature's authentication key over a fresh challenge (ACC-6), then the account when the IIN/BIN has several. */
export function SignatureLogin({ login }: { login: SignatureLoginState }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Text size="sm">{t('account.login.signatureLead')}</Text>
      <SignerPanel />
      {login.accounts ? (
        <AccountChoice accounts={login.accounts} onChoose={login.choose} busy={login.busy} />
      ) : (
        <Button onClick={login.sign} loading={login.busy} data-testid="login-signature">
          {t('account.login.signAndEnter')}
        </Button>
      )}
    </Stack>
  );
}
