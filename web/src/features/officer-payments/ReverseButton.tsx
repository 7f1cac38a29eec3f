import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ServerRefusalAlert } from '../../components/ServerRefusalAlert.tsx';
import { typed } from '../../components/text-binding.ts';
import { useAction } from '../../data/use-action.ts';
import { type PayerPosting, payerAccountKey, reversePosting } from './officer-payments-api.ts';
import { newIdempotencyKey } from './payment-form.ts';

/**
 * Reverses a deposit (or refund) entered by mistake (ACC-14): the officer says why in a note; the
 * dialog's idempotency key is made when it opens, so a double click reverses once.
 */
export function ReverseButton({ payer, posting }: { payer: string; posting: PayerPosting }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const [key, setKey] = useState('');
  const reversing = useAction(reversePosting, [payerAccountKey(payer)]);

  function start() {
    reversing.reset();
    setNote('');
    setKey(newIdempotencyKey('reverse'));
    setOpen(true);
  }

  async function confirm() {
    if (!note.trim() || reversing.pending) return;
    if (await reversing.run(posting.id, note.trim(), key)) setOpen(false);
  }

  return (
    <>
      <Button size="xs" variant="light" color="orange" onClick={start} data-testid="posting-reverse">
        {t('officerPayments.reverse.open')}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('officerPayments.reverse.title')}>
        <Stack gap="sm">
          <Text size="sm">{t('officerPayments.reverse.lead', { amount: posting.amount, id: posting.id })}</Text>
          {reversing.error && (
            <ServerRefusalAlert title={t('officerPayments.reverse.failed')} error={reversing.error} />
          )}
          <Textarea
            label={t('officerPayments.reverse.note')}
            required
            maxLength={500}
            autosize
            minRows={2}
            {...typed(note, setNote)}
            data-testid="reverse-note"
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpen(false)}>
              {t('officerPayments.reverse.cancel')}
            </Button>
            <Button
              color="orange"
              onClick={() => void confirm()}
              loading={reversing.pending}
              disabled={!note.trim() || reversing.pending}
              data-testid="reverse-confirm"
            >
              {t('officerPayments.reverse.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
