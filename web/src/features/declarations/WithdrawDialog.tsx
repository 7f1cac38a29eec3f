import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ServerRefusalAlert } from '../../components/ServerRefusalAlert.tsx';
import { useAction } from '../../data/use-action.ts';
import { base64ToBytes } from '../signing/base64.ts';
import { SignerPanel } from '../signing/SignerPanel.tsx';
import { SigningErrorAlert } from '../signing/SigningErrorAlert.tsx';
import { isSigningError } from '../signing/signer.ts';
import { useSigner } from '../signing/signer-context.ts';
import { type Declaration, fetchWithdrawalPayload, withdrawDeclaration } from './declarations-api.ts';
import { declarationKeys } from './query-keys.ts';
import { withdrawalReason, withdrawalReasonProblem } from './withdrawal-reason.ts';

/**
 * Withdrawal of a registered declaration at the declarant's request, before release (EAEU Customs
 * Code art. 113): the reason, then the server's bytes of the withdrawal signed with the signing
 * key through NCALayer, as the declaration was. Below the test signer's key picker (z-index 200),
 * so the picker opens over it.
 */
export function WithdrawDialog({
  declaration,
  opened,
  onClose,
  onWithdrawn,
}: {
  declaration: Pick<Declaration, 'id' | 'registrationNumber'>;
  opened: boolean;
  onClose: () => void;
  onWithdrawn: () => void;
}) {
  const { t } = useTranslation();
  const { signer } = useSigner();
  const [text, setText] = useState('');
  const sending = useAction(
    async (reason: string) => {
      const payload = await fetchWithdrawalPayload(declaration.id, reason);
      const signature = await signer.signCms({ data: base64ToBytes(payload), detached: true, purpose: 'sign' });
      return withdrawDeclaration(declaration.id, { reason, signature });
    },
    [declarationKeys.all],
  );
  const busy = sending.pending;
  const failure = sending.error;
  const { reset } = sending;

  useEffect(() => {
    if (!opened) return;
    setText('');
    reset();
  }, [opened, reset]);

  const problem = withdrawalReasonProblem(text);
  const signAndWithdraw = async () => {
    if (!problem && (await sending.run(withdrawalReason(text)))) onWithdrawn();
  };

  return (
    <Modal
      opened={opened}
      onClose={() => !busy && onClose()}
      title={t('declarations.withdraw.title', { number: declaration.registrationNumber ?? '' })}
      size="lg"
      zIndex={150}
      data-testid="withdraw-dialog"
    >
      <Stack gap="md">
        <Text size="sm">{t('declarations.withdraw.lead')}</Text>
        <Textarea
          label={t('declarations.withdraw.reason')}
          description={t('declarations.withdraw.reasonHint')}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          error={problem === 'reasonTooLong' ? t('declarations.withdraw.problems.reasonTooLong') : undefined}
          autosize
          minRows={3}
          maxRows={10}
          disabled={busy}
          data-testid="withdraw-reason"
        />
        <SignerPanel />
        {failure !== undefined &&
          (isSigningError(failure) ? (
            <SigningErrorAlert error={failure} />
          ) : (
            <ServerRefusalAlert title={t('declarations.withdraw.refused')} error={failure} />
          ))}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={busy}>
            {t('declarations.withdraw.cancel')}
          </Button>
          <Button
            color="red"
            onClick={() => void signAndWithdraw()}
            loading={busy}
            disabled={problem !== null}
            data-testid="withdraw-sign"
          >
            {t('declarations.withdraw.signAndWithdraw')}
          </Button>
        </Group>
        <Text size="xs" c="dimmed">
          {t('declarations.withdraw.signHint')}
        </Text>
      </Stack>
    </Modal>
  );
}
