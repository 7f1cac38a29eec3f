import { Alert, Anchor, Card, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../../components/Page.tsx';
import { QueueTable } from '../../components/QueueTable.tsx';
import type { Column } from '../../components/RowsTable.tsx';
import { ServerRefusalAlert } from '../../components/ServerRefusalAlert.tsx';
import { loadOf, mapLoad } from '../../data/load.ts';
import { almatyToday, printedDate, printedTime } from '../../dates.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { usePrintedAmount } from '../../i18n/use-printed-amount.ts';
import { cabinetApplicationsPath } from '../payment-applications/paths.ts';
import { cabinetReceiptOrdersPath } from '../receipt-orders/paths.ts';
import { BalanceFigures, PeriodFields } from './AccountFigures.tsx';
import { fetchBalance, fetchPostings, type PayerPosting, type Period, statementUrl } from './advance-account-api.ts';
import { periodProblem, recentPeriod } from './period.ts';

/**
 * The payer's personal advance account (ACC-14): what it may spend, what is held for declarations
 * not yet released, every posting of a period, and the statement to download (CSV or PDF).
 */
export function AdvanceAccountPage() {
  const { t, i18n } = useTranslation();
  const amountOf = usePrintedAmount();
  const [period, setPeriod] = useState<Period>(() => recentPeriod(almatyToday()));
  const problem = periodProblem(period);
  const balance = useQuery({ queryKey: ['advance-account', 'balance'], queryFn: fetchBalance });
  const postings = useQuery({
    queryKey: ['advance-account', 'postings', period],
    queryFn: () => fetchPostings(period),
    enabled: problem === null,
  });

  const columns: Column<PayerPosting>[] = [
    { key: 'at', header: t('payments.account.postedAt'), cell: (p) => printedTime(p.postedAt, i18n.resolvedLanguage) },
    {
      key: 'kind',
      header: t('payments.account.kind'),
      cell: (p) => (
        <Stack gap={0}>
          <Text size="sm">{t(`payments.account.kinds.${p.kind}`)}</Text>
          {p.bankDocument && (
            <Text size="xs" c="dimmed">
              {t('payments.account.bankDocument', {
                number: p.bankDocument.number,
                date: printedDate(p.bankDocument.date),
              })}
            </Text>
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
    <Page title={t('payments.account.title')} lead={t('payments.account.lead')} testId="advance-account-title">
      <Anchor component={Link} to={cabinetReceiptOrdersPath} data-testid="advance-account-receipt-orders">
        {t('receiptOrders.cabinet.link')}
      </Anchor>
      <Anchor component={Link} to={cabinetApplicationsPath} data-testid="payment-applications-link">
        {t('paymentApplications.link')}
      </Anchor>
      {balance.error && <ServerRefusalAlert title={t('payments.account.failed')} error={balance.error} />}
      {balance.data && <BalanceFigures balance={balance.data} testId="advance-account-balance" />}
      <Card withBorder>
        <Stack>
          <Group align="flex-end" wrap="wrap">
            <PeriodFields period={period} setPeriod={setPeriod} />
            {problem === null && (
              <Group gap="md">
                <Anchor href={statementUrl('csv', period, currentLanguage())} data-testid="statement-csv">
                  {t('payments.account.statementCsv')}
                </Anchor>
                <Anchor
                  href={statementUrl('pdf', period, currentLanguage())}
                  target="_blank"
                  data-testid="statement-pdf"
                >
                  {t('payments.account.statementPdf')}
                </Anchor>
              </Group>
            )}
          </Group>
          {problem && <Alert color="yellow">{t(`payments.account.periodProblems.${problem}`)}</Alert>}
          <QueueTable
            load={mapLoad(loadOf(postings), (answer) => answer.postings)}
            columns={columns}
            row={(p) => ({ key: p.id, 'data-kind': p.kind })}
            texts={{ failed: t('payments.account.failed'), empty: t('payments.account.none') }}
            minWidth={560}
            testId="advance-account-postings"
          />
        </Stack>
      </Card>
    </Page>
  );
}
