import { Alert, Button, Group, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DayInput } from '../../components/DayInput.tsx';
import { ServerRefusalAlert } from '../../components/ServerRefusalAlert.tsx';
import { TitledCard } from '../../components/TitledCard.tsx';
import { useTextForm } from '../../components/text-binding.ts';
import { useAction } from '../../data/use-action.ts';
import { almatyToday, printedDate } from '../../dates.ts';
import { payerAccountKey, recordDeposit } from './officer-payments-api.ts';
import { newIdempotencyKey, tengeTyped } from './payment-form.ts';

const blank = () => ({ amount: '', number: '', date: almatyToday(), note: '' });

/**
 * A bank payment recorded into the payer's account by hand (ACC-14): the amount, the bank
 * document's number and date, a note. The form's idempotency key is made once when it opens and
 * sent with every try, so a double click or a retry posts once; after a success the form starts anew.
 */
export function DepositForm({ payer }: { payer: string }) {
  const { t } = useTranslation();
  const [form, field, setForm] = useTextForm(blank, {
    amount: t('officerPayments.deposit.amount'),
    number: t('officerPayments.deposit.number'),
    date: t('officerPayments.deposit.date'),
    note: t('officerPayments.deposit.note'),
  });
  const [key, setKey] = useState(() => newIdempotencyKey('deposit'));
  const [checked, setChecked] = useState(false);
  const depositing = useAction(recordDeposit, [payerAccountKey(payer)]);
  const amount = tengeTyped(form.amount);
  const ready = amount !== null && form.number.trim() !== '' && form.date !== '';

  async function submit(event: FormEvent) {
    event.preventDefault();
    setChecked(true);
    if (!ready || depositing.pending) return;
    const note = form.note.trim();
    const answer = await depositing.run(payer, {
      amount,
      bankDocument: { number: form.number.trim(), date: form.date },
      ...(note && { note }),
      idempotencyKey: key,
    });
    if (!answer) return;
    setForm(blank());
    setChecked(false);
    setKey(newIdempotencyKey('deposit'));
  }

  const done = depositing.status === 'success' ? depositing.value?.posting : undefined;
  return (
    <TitledCard title={t('officerPayments.deposit.title')} testId="deposit-form">
      <Text size="sm" c="dimmed">
        {t('officerPayments.deposit.lead')}
      </Text>
      {done && (
        <Alert color="green" data-testid="deposit-done" data-posting={done.id}>
          {t('officerPayments.deposit.done', {
            amount: done.amount,
            id: done.id,
            number: done.bankDocument?.number ?? '',
            date: done.bankDocument ? printedDate(done.bankDocument.date) : '',
          })}
        </Alert>
      )}
      {depositing.error && <ServerRefusalAlert title={t('officerPayments.deposit.failed')} error={depositing.error} />}
      <form onSubmit={(event) => void submit(event)}>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput
              {...field('amount', 20)}
              inputMode="decimal"
              autoComplete="off"
              required
              error={checked && amount === null ? t('officerPayments.deposit.amountInvalid') : undefined}
              data-testid="deposit-amount"
            />
            <TextInput
              {...field('number', 50)}
              required
              error={checked && !form.number.trim() ? t('officerPayments.deposit.required') : undefined}
              data-testid="deposit-number"
            />
            <DayInput {...field('date')} required data-testid="deposit-date" />
          </SimpleGrid>
          <Textarea {...field('note', 500)} autosize minRows={1} maxRows={4} data-testid="deposit-note" />
          <Group>
            <Button
              type="submit"
              loading={depositing.pending}
              disabled={depositing.pending}
              data-testid="deposit-submit"
            >
              {t('officerPayments.deposit.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </TitledCard>
  );
}
