import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAction } from '../../data/use-action.ts';
import { useSession } from '../session/session-context.ts';
import { signChallenge } from '../signing/challenge.ts';
import { SignerPanel } from '../signing/SignerPanel.tsx';
import { SigningErrorAlert } from '../signing/SigningErrorAlert.tsx';
import { useSigner } from '../signing/signer-context.ts';
import { fetchChallenge, proveSession } from './account-api.ts';

/**
 * Over every page of a user in with a password alone (ACC-6, AST-1): what that session reaches,
 * and the way further — a signature by the account's activated certificate over a fresh challenge
 * raises it to the internal module; an account with none activates the one it signs with (AST-3).
 */
export function SignatureLevelBanner() {
  const { t } = useTranslation();
  const { me, signedIn } = useSession();
  const { signer } = useSigner();
  const [signing, setSigning] = useState(false);
  const prover = useAction(async () => proveSession(await signChallenge(signer, (await fetchChallenge()).nonce)));
  if (me?.kind !== 'user' || me.session.level !== 'password') return null;
  const activated = me.certificates.some((c) => c.status === 'active');

  const confirm = async () => {
    const raised = await prover.run();
    if (raised) signedIn(raised);
  };

  return (
    <Alert color="yellow" title={t('account.level.title')} mb="md" data-testid="signature-level-banner">
      <Stack gap="sm">
        <Text size="sm">{activated ? t('account.level.text') : t('account.level.notActivated')}</Text>
        {signing && <SignerPanel />}
        {prover.error !== undefined && <SigningErrorAlert error={prover.error} />}
        <Group>
          <Button
            size="sm"
            loading={prover.pending}
            onClick={() => (signing ? void confirm() : setSigning(true))}
            data-testid="signature-level-confirm"
          >
            {t('account.level.confirm')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
