import { Button, Group, Modal, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ServerRefusalAlert } from '../../components/ServerRefusalAlert.tsx';
import { typed } from '../../components/text-binding.ts';
import { useAction } from '../../data/use-action.ts';
import { base64ToBytes } from '../signing/base64.ts';
import { SignerPanel } from '../signing/SignerPanel.tsx';
import { SigningErrorAlert } from '../signing/SigningErrorAlert.tsx';
import { isSigningError } from '../signing/signer.ts';
import { useSigner } from '../signing/signer-context.ts';
import type { SchedulePartForm } from './application-form.ts';
import {
  type ApplicationView,
  applicationKeys,
  type DecisionRequest,
  fetchDecisionPayload,
  postDecision,
} from './applications-api.ts';
import { ScheduleEditor } from './ScheduleEditor.tsx';

/**
 * The officer's decision on an application about money (ACC-21, ACC-14): grant — a deferral or
 * instalment with its schedule, the payer's proposal to start from — or refuse with the reason;
 * the server's decision bytes signed with the officer's signing key.
 */
export function DecideApplicationDialog({
  application,
  onClose,
}: {
  application: ApplicationView | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { signer } = useSigner();
  const [decision, setDecision] = useState<'grant' | 'refuse'>('grant');
  const [reason, setReason] = useState('');
  const [schedule, setSchedule] = useState<SchedulePartForm[]>([]);
  const sending = useAction(
    async (id: string, request: DecisionRequest) => {
      const payload = await fetchDecisionPayload(id, request);
      const signature = await signer.signCms({ data: base64ToBytes(payload.data), detached: true, purpose: 'sign' });
      return postDecision(id, { ...request, signature });
    },
    [applicationKeys.all],
  );
  const { reset } = sending;

  useEffect(() => {
    if (!application) return;
    setDecision('grant');
    setReason('');
    setSchedule(application.schedule ?? []);
    reset();
  }, [application, reset]);

  if (!application) return null;
  const busy = sending.pending;
  const withSchedule = decision === 'grant' && application.kind !== 'refund';
  const request: DecisionRequest = {
    decision,
    ...(reason.trim() ? { reason: reason.trim() } : {}),
    ...(withSchedule
      ? { schedule: schedule.map((p) => ({ dueDate: p.dueDate, amount: p.amount.replace(',', '.') })) }
      : {}),
  };
  const blocked = decision === 'refuse' && reason.trim() === '';

  const signAndSend = async () => {
    if (await sending.run(application.id, request)) onClose();
  };

  return (
    <Modal
      opened
      onClose={() => !busy && onClose()}
      title={t('paymentApplications.decide.title', {
        kind: t(`paymentApplications.kinds.${application.kind}`),
        amount: application.amount,
      })}
      size="lg"
      zIndex={150}
      data-testid="application-decision-dialog"
    >
      <Stack gap="md">
        <Radio.Group value={decision} onChange={(value) => setDecision(value as 'grant' | 'refuse')}>
          <Group mt="xs">
            <Radio
              value="grant"
              label={t('paymentApplications.decide.grant')}
              disabled={busy}
              data-testid="decide-grant"
            />
            <Radio
              value="refuse"
              label={t('paymentApplications.decide.refuse')}
              disabled={busy}
              data-testid="decide-refuse"
            />
          </Group>
        </Radio.Group>
        {withSchedule && (
          <ScheduleEditor
            parts={schedule}
            onChange={setSchedule}
            single={application.kind === 'deferral'}
            disabled={busy}
          />
        )}
        <Textarea
          label={t('paymentApplications.decide.reason')}
          autosize
          minRows={2}
          disabled={busy}
          {...typed(reason, setReason)}
          data-testid="decide-reason"
        />
        <SignerPanel />
        {sending.error !== undefined &&
          (isSigningError(sending.error) ? (
            <SigningErrorAlert error={sending.error} />
          ) : (
            <ServerRefusalAlert title={t('paymentApplications.decide.refused')} error={sending.error} />
          ))}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={busy}>
            {t('paymentApplications.decide.cancel')}
          </Button>
          <Button onClick={signAndSend} loading={busy} disabled={blocked} data-testid="decide-sign-and-send">
            {t('paymentApplications.decide.signAndSend')}
          </Button>
        </Group>
        <Text size="xs" c="dimmed">
          {t('paymentApplications.decide.signHint')}
        </Text>
      </Stack>
    </Modal>
  );
}
