import { Button, Group, Modal, Radio, Stack, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DayInput } from '../../components/DayInput.tsx';
import { ServerRefusalAlert } from '../../components/ServerRefusalAlert.tsx';
import { typed } from '../../components/text-binding.ts';
import { useAction } from '../../data/use-action.ts';
import { applicationKeys, type ObligationView, type PaidRequest, postPaid } from './applications-api.ts';

/**
 * The officer records an obligation paid (ACC-14): by the payer's payment order to the budget
 * (its number and date), or from the payer's advance account, which the server debits.
 */
export function RecordPaidDialog({ obligation, onClose }: { obligation: ObligationView | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [method, setMethod] = useState<PaidRequest['method']>('bank');
  const [number, setNumber] = useState('');
  const [date, setDate] = useState('');
  const recording = useAction((id: number, body: PaidRequest) => postPaid(id, body), [applicationKeys.all]);
  const { reset } = recording;

  useEffect(() => {
    if (!obligation) return;
    setMethod('bank');
    setNumber('');
    setDate('');
    reset();
  }, [obligation, reset]);

  if (!obligation) return null;
  const busy = recording.pending;
  const body: PaidRequest =
    method === 'bank' ? { method, bankDocument: { number: number.trim(), date } } : { method: 'advance-account' };
  const blocked = method === 'bank' && (number.trim() === '' || !/^\d{4}-\d{2}-\d{2}$/.test(date));
  const record = async () => {
    if (await recording.run(obligation.id, body)) onClose();
  };

  return (
    <Modal
      opened
      onClose={() => !busy && onClose()}
      title={t('paymentApplications.paid.title', { amount: obligation.amount })}
      zIndex={150}
    >
      <Stack gap="md">
        <Radio.Group value={method} onChange={(value) => setMethod(value as PaidRequest['method'])}>
          <Stack gap="xs" mt="xs">
            <Radio value="bank" label={t('paymentApplications.paid.bank')} disabled={busy} data-testid="paid-bank" />
            <Radio
              value="advance-account"
              label={t('paymentApplications.paid.advanceAccount')}
              disabled={busy}
              data-testid="paid-advance-account"
            />
          </Stack>
        </Radio.Group>
        {method === 'bank' && (
          <Group grow>
            <TextInput
              label={t('paymentApplications.paid.number')}
              disabled={busy}
              {...typed(number, setNumber)}
              data-testid="paid-number"
            />
            <DayInput
              label={t('paymentApplications.paid.date')}
              disabled={busy}
              {...typed(date, setDate)}
              data-testid="paid-date"
            />
          </Group>
        )}
        {recording.error !== undefined && (
          <ServerRefusalAlert title={t('paymentApplications.paid.refused')} error={recording.error} />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={busy}>
            {t('paymentApplications.decide.cancel')}
          </Button>
          <Button onClick={record} loading={busy} disabled={blocked} data-testid="paid-record">
            {t('paymentApplications.paid.record')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
