import { Button, Group, List, Modal, Radio, Stack, Text, Textarea } from '@mantine/core';
import type { DataReadReason } from '@shekara/contracts/accounts';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ServerRefusalAlert } from '../../components/ServerRefusalAlert.tsx';
import { useAction } from '../../data/use-action.ts';
import { base64ToBytes } from '../signing/base64.ts';
import { SignerPanel } from '../signing/SignerPanel.tsx';
import { SigningErrorAlert } from '../signing/SigningErrorAlert.tsx';
import { isSigningError } from '../signing/signer.ts';
import { useSigner } from '../signing/signer-context.ts';
import { maxReasons, reasonFormOf, reasonProblems, reasonsFor } from './decision-reasons.ts';
import type { OfficerDecision, OfficerDeclaration } from './officer-declaration.ts';
import { fetchDecisionPayload, postDecision } from './officer-declarations-api.ts';
import { officerKeys } from './queries.ts';

/**
 * The officer's decision on a declaration (issue 6 point 8; ACC-21): choose it, give reasons where
 * it takes them, sign the server's decision bytes with the signing key, send. Below the test
 * signer's key picker (z-index 200), so the picker opens over it.
 */
export function DecisionDialog({
  declaration,
  reason,
  opened,
  onClose,
  onDecided,
}: {
  declaration: Pick<OfficerDeclaration, 'registrationNumber' | 'allowedDecisions'>;
  /** why the officer opened the declaration: asking for the decision bytes is a read on record too (ACC-7) */
  reason: DataReadReason;
  opened: boolean;
  onClose: () => void;
  onDecided: () => void;
}) {
  const { t } = useTranslation();
  const { signer } = useSigner();
  const [decision, setDecision] = useState<OfficerDecision | null>(declaration.allowedDecisions[0] ?? null);
  const [text, setText] = useState('');
  const sending = useAction(
    async (chosen: OfficerDecision, reasons: string[] | undefined) => {
      const payload = await fetchDecisionPayload(declaration.registrationNumber, chosen, reasons, reason);
      const signature = await signer.signCms({ data: base64ToBytes(payload.data), detached: true, purpose: 'sign' });
      return postDecision(declaration.registrationNumber, {
        decision: chosen,
        ...(reasons ? { reasons } : {}),
        signature,
      });
    },
    [officerKeys.all],
  );
  const busy = sending.pending;
  const failure = sending.error;
  const { reset } = sending;

  useEffect(() => {
    if (!opened) return;
    setDecision(declaration.allowedDecisions[0] ?? null);
    setText('');
    reset();
  }, [opened, declaration.allowedDecisions, reset]);

  const form = decision ? reasonFormOf(decision) : 'none';
  const problems = decision ? reasonProblems(decision, text) : [];

  const signAndSend = async () => {
    if (decision && (await sending.run(decision, reasonsFor(decision, text)))) onDecided();
  };

  return (
    <Modal
      opened={opened}
      onClose={() => !busy && onClose()}
      title={t('officerDeclarations.decide.title', { number: declaration.registrationNumber })}
      size="lg"
      zIndex={150}
      data-testid="decision-dialog"
    >
      <Stack gap="md">
        <Radio.Group
          label={t('officerDeclarations.decide.choose')}
          value={decision}
          onChange={(value) => setDecision(value as OfficerDecision)}
          data-testid="decision-choice"
        >
          <Stack gap="xs" mt="xs">
            {declaration.allowedDecisions.map((allowed) => (
              <Radio
                key={allowed}
                value={allowed}
                label={t(`officerDeclarations.decision.${allowed}`)}
                disabled={busy}
                data-testid={`decision-${allowed}`}
              />
            ))}
          </Stack>
        </Radio.Group>
        {form === 'text' && (
          <Textarea
            label={t('officerDeclarations.decide.reasons')}
            description={t('officerDeclarations.decide.reasonsHint', { count: maxReasons })}
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            autosize
            minRows={3}
            maxRows={10}
            disabled={busy}
            data-testid="decision-reasons"
          />
        )}
        <SignerPanel />
        {problems.length > 0 && (
          <List size="sm" c="dimmed" data-testid="decision-problems">
            {problems.map((problem) => (
              <List.Item key={problem}>
                {t(`officerDeclarations.decide.problems.${problem}`, { count: maxReasons })}
              </List.Item>
            ))}
          </List>
        )}
        {failure !== undefined &&
          (isSigningError(failure) ? (
            <SigningErrorAlert error={failure} />
          ) : (
            <ServerRefusalAlert title={t('officerDeclarations.decide.refused')} error={failure} />
          ))}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={busy}>
            {t('officerDeclarations.decide.cancel')}
          </Button>
          <Button
            onClick={signAndSend}
            loading={busy}
            disabled={!decision || problems.length > 0}
            data-testid="decision-sign-and-send"
          >
            {t('officerDeclarations.decide.signAndSend')}
          </Button>
        </Group>
        <Text size="xs" c="dimmed">
          {t('officerDeclarations.decide.signHint')}
        </Text>
      </Stack>
    </Modal>
  );
}
