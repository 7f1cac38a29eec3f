import { Anchor, Button, Card, Group, Stack, TextInput, Title } from '@mantine/core';
import type { DataReadReason } from '@shekara/contracts/accounts';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { DayInput } from '../../components/DayInput.tsx';
import { Page } from '../../components/Page.tsx';
import { ServerRefusalAlert } from '../../components/ServerRefusalAlert.tsx';
import { typed } from '../../components/text-binding.ts';
import { Loaded } from '../../data/Loaded.tsx';
import { useAction } from '../../data/use-action.ts';
import { almatyToday } from '../../dates.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { ReadReasonGate } from '../read-reason/ReadReasonGate.tsx';
import { officerReceiptOrdersPath } from './paths.ts';
import { ReceiptOrderDetails } from './ReceiptOrderDetails.tsx';
import {
  annulReceiptOrder,
  fetchOfficerReceiptOrder,
  officerPdfUrl,
  type ReceiptOrder,
  recordBankPayment,
} from './receipt-orders-api.ts';

/** A ТПО of the officer's bodies: its facts and PDF; record its payment by a bank document, or annul it (ACC-20). */
export function OfficerReceiptOrderPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('receiptOrders.cabinet.one')} lead={t('receiptOrders.officer.oneLead')} testId="receipt-order-title">
      {/* it names the recipient: read for a stated reason, which the recipient sees (ACC-7) */}
      <ReadReasonGate>{(reason) => <OrderRead reason={reason} />}</ReadReasonGate>
    </Page>
  );
}

function OrderRead({ reason }: { reason: DataReadReason }) {
  const { t } = useTranslation();
  const id = useParams().id ?? '';
  const order = useQuery({
    queryKey: ['receipt-orders', 'office', id, reason],
    queryFn: () => fetchOfficerReceiptOrder(id, reason),
  });
  return (
    <Loaded query={order} failedTitle={t('receiptOrders.failed')}>
      {({ receiptOrder }) => (
        <Stack>
          <Group>
            <Anchor component={Link} to={officerReceiptOrdersPath}>
              {t('receiptOrders.officer.back')}
            </Anchor>
            <Anchor
              href={officerPdfUrl(receiptOrder.id, currentLanguage(), reason)}
              target="_blank"
              data-testid="receipt-order-pdf"
            >
              {t('receiptOrders.pdf')}
            </Anchor>
          </Group>
          <ReceiptOrderDetails order={receiptOrder} />
          {receiptOrder.status === 'issued' && <BankPaymentForm order={receiptOrder} />}
          {(receiptOrder.status === 'issued' || receiptOrder.status === 'nothing-due') && (
            <AnnulForm order={receiptOrder} />
          )}
        </Stack>
      )}
    </Loaded>
  );
}

function BankPaymentForm({ order }: { order: ReceiptOrder }) {
  const { t } = useTranslation();
  const [number, setNumber] = useState('');
  const [date, setDate] = useState(almatyToday());
  const record = useAction(recordBankPayment, [['receipt-orders']]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void record.run(order.id, { number: number.trim(), date });
  };
  return (
    <Card withBorder component="form" onSubmit={submit}>
      <Stack>
        <Title order={3} size="h4">
          {t('receiptOrders.officer.recordPayment')}
        </Title>
        <Group align="flex-end" wrap="wrap">
          <TextInput
            label={t('receiptOrders.officer.bankDocumentNumber')}
            {...typed(number, setNumber)}
            maxLength={50}
            required
            data-testid="receipt-order-bank-number"
          />
          <DayInput label={t('receiptOrders.officer.bankDocumentDate')} {...typed(date, setDate)} required />
          <Button type="submit" loading={record.pending} data-testid="receipt-order-record-payment">
            {t('receiptOrders.officer.record')}
          </Button>
        </Group>
        {record.error !== undefined && (
          <ServerRefusalAlert title={t('receiptOrders.officer.recordFailed')} error={record.error} />
        )}
      </Stack>
    </Card>
  );
}

function AnnulForm({ order }: { order: ReceiptOrder }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const annul = useAction(annulReceiptOrder, [['receipt-orders']]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void annul.run(order.id, reason.trim());
  };
  return (
    <Card withBorder component="form" onSubmit={submit}>
      <Stack>
        <Title order={3} size="h4">
          {t('receiptOrders.officer.annul')}
        </Title>
        <Group align="flex-end" wrap="wrap">
          <TextInput
            label={t('receiptOrders.officer.reason')}
            {...typed(reason, setReason)}
            maxLength={500}
            required
            miw={280}
          />
          <Button type="submit" color="red" variant="light" loading={annul.pending}>
            {t('receiptOrders.officer.annulSubmit')}
          </Button>
        </Group>
        {annul.error !== undefined && (
          <ServerRefusalAlert title={t('receiptOrders.officer.annulFailed')} error={annul.error} />
        )}
      </Stack>
    </Card>
  );
}
