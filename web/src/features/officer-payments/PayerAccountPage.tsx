import { Alert, Anchor, Group, Stack, Text } from '@mantine/core';
import type { DataReadReason } from '@shekara/contracts/accounts';
import { parseIinBin } from '@shekara/contracts/domain';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Page } from '../../components/Page.tsx';
import { QueueTable } from '../../components/QueueTable.tsx';
import type { Column } from '../../components/RowsTable.tsx';
import { ServerRefusalAlert } from '../../components/ServerRefusalAlert.tsx';
import { TitledCard } from '../../components/TitledCard.tsx';
import { loadOf, mapLoad } from '../../data/load.ts';
import { almatyToday, printedDate, printedTime } from '../../dates.ts';
import { usePrintedAmount } from '../../i18n/use-printed-amount.ts';
import { BalanceFigures, PeriodFields } from '../payments/AccountFigures.tsx';
import { periodProblem, recentPeriod } from '../payments/period.ts';
import { ReadReasonGate } from '../read-reason/ReadReasonGate.tsx';
import { DepositForm } from './DepositForm.tsx';
import {
  fetchPayerBalance,
  fetchPayerPostings,
  type PayerPosting,
  type Period,
  payerAccountKey,
} from './officer-payments-api.ts';
import { advanceAccountsPath } from './paths.ts';
import { ReverseButton } from './ReverseButton.tsx';

/**
 * One payer's personal advance account as an officer works with it (ACC-14): the balance and the
 * postings of a period, read for a reason the officer states (ACC-7: the payer sees the read); a
 * bank payment recorded into it; a deposit entered by mistake reversed.
 */
export function PayerAccountPage() {
  const { t } = useTranslation();
  const { payer = '' } = useParams();
  const valid = parseIinBin(payer).valid;
  return (
    <Page
      title={t('officerPayments.account.title', { payer })}
      lead={t('officerPayments.account.lead')}
      testId="officer-payer-account"
      maw={1100}
    >
      <Anchor component={Link} to={advanceAccountsPath}>
        {t('officerPayments.account.another')}
      </Anchor>
      {valid ? (
        <>
          <ReadReasonGate>{(reason) => <AccountRead payer={payer} reason={reason} />}</ReadReasonGate>
          <DepositForm payer={payer} />
        </>
      ) : (
        <Alert color="red">{t('officerPayments.find.invalid')}</Alert>
      )}
    </Page>
  );
}

function AccountRead({ payer, reason }: { payer: string; reason: DataReadReason }) {
  const { t, i18n } = useTranslation();
  const amountOf = usePrintedAmount();
  const [period, setPeriod] = useState<Period>(() => recentPeriod(almatyToday()));
  const problem = periodProblem(period);
  const balance = useQuery({
    queryKey: [...payerAccountKey(payer), 'balance', reason],
    queryFn: () => fetchPayerBalance(payer, reason),
  });
  const postings = useQuery({
    queryKey: [...payerAccountKey(payer), 'postings', period, reason],
    queryFn: () => fetchPayerPostings(payer, period, reason),
    enabled: problem === null,
  });

  // On a phone the posting's own cell carries all that is read and done about it; the amounts scroll beside it.
  const columns: Column<PayerPosting>[] = [
    {
      key: 'posting',
      header: t('officerPayments.account.kind'),
      cell: (p) => (
        <Stack gap={2} align="flex-start">
          <Text size="xs" c="dimmed">
            {printedTime(p.postedAt, i18n.resolvedLanguage)} · № {p.id}
          </Text>
          <Text size="sm">{t(`payments.account.kinds.${p.kind}`)}</Text>
          {p.bankDocument && (
            <Text size="xs" c="dimmed">
              {t('payments.account.bankDocument', {
                number: p.bankDocument.number,
                date: printedDate(p.bankDocument.date),
              })}
            </Text>
          )}
          {p.note && (
            <Text size="xs" c="dimmed" style={{ wordBreak: 'break-word' }}>
              {p.note}
            </Text>
          )}
          {p.reversedById !== null && (
            <Text size="xs" c="orange" data-testid="posting-reversed">
              {t('officerPayments.account.reversedBy', { id: p.reversedById })}
            </Text>
          )}
          {(p.kind === 'deposit' || p.kind === 'refund') && p.reversedById === null && (
            <ReverseButton payer={payer} posting={p} />
          )}
        </Stack>
      ),
    },
    {
      key: 'available',
      header: t('payments.account.availableChange'),
      cell: (p) => amountOf(p.availableChange),
      align: 'right',
    },
    {
      key: 'reserved',
      header: t('payments.account.reservedChange'),
      cell: (p) => amountOf(p.reservedChange),
      align: 'right',
    },
  ];

  return (
    <Stack gap="md">
      {balance.error && <ServerRefusalAlert title={t('officerPayments.account.failed')} error={balance.error} />}
      {balance.data && <BalanceFigures balance={balance.data} testId="officer-balance" prefix="officer-" />}
      <TitledCard title={t('officerPayments.account.postings')} padding="md">
        <Group align="flex-end" wrap="wrap">
          <PeriodFields period={period} setPeriod={setPeriod} testIdPrefix="officer-" />
        </Group>
        {problem && <Alert color="yellow">{t(`payments.account.periodProblems.${problem}`)}</Alert>}
        <QueueTable
          load={mapLoad(loadOf(postings), (answer) => answer.postings)}
          columns={columns}
          row={(p) => ({ key: p.id, 'data-kind': p.kind, 'data-posting': p.id })}
          texts={{ failed: t('officerPayments.account.failed'), empty: t('payments.account.none') }}
          minWidth={480}
          testId="officer-postings"
        />
      </TitledCard>
    </Stack>
  );
}
