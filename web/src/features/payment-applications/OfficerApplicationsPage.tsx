import { Button, SegmentedControl, Stack, Text } from '@mantine/core';
import type { DataReadReason } from '@shekara/contracts/accounts';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page.tsx';
import { QueueTable } from '../../components/QueueTable.tsx';
import type { Column } from '../../components/RowsTable.tsx';
import { loadOf, mapLoad } from '../../data/load.ts';
import { printedDate, printedTime } from '../../dates.ts';
import { usePrintedAmount } from '../../i18n/use-printed-amount.ts';
import { ReadReasonGate } from '../read-reason/ReadReasonGate.tsx';
import { type ApplicationKind, type ApplicationView, applicationKeys, fetchQueue } from './applications-api.ts';
import { DecideApplicationDialog } from './DecideApplicationDialog.tsx';

type KindFilter = ApplicationKind | 'all';

/** The officer's queue of applications about money for the bodies in their scope, oldest first (ACC-21, ACC-14). */
export function OfficerApplicationsPage() {
  const { t } = useTranslation();
  return (
    <Page
      title={t('paymentApplications.officer.title')}
      lead={t('paymentApplications.officer.lead')}
      testId="officer-payment-applications-title"
    >
      {/* the payers and their bank accounts: read for a stated reason, which each payer sees (ACC-7) */}
      <ReadReasonGate>{(reason) => <Queue reason={reason} />}</ReadReasonGate>
    </Page>
  );
}

function Queue({ reason }: { reason: DataReadReason }) {
  const { t, i18n } = useTranslation();
  const amountOf = usePrintedAmount();
  const [kind, setKind] = useState<KindFilter>('all');
  const [deciding, setDeciding] = useState<ApplicationView | null>(null);
  const queue = useQuery({
    queryKey: [...applicationKeys.all, 'queue', kind, reason],
    queryFn: () => fetchQueue(kind === 'all' ? undefined : kind, reason),
  });

  const columns: Column<ApplicationView>[] = [
    {
      key: 'filed',
      header: t('paymentApplications.list.filedAt'),
      cell: (a) => printedTime(a.filedAt, i18n.resolvedLanguage),
    },
    {
      key: 'payer',
      header: t('paymentApplications.officer.payer'),
      cell: (a) => a.payer,
      td: () => ({ ff: 'monospace' }),
    },
    {
      key: 'kind',
      header: t('paymentApplications.list.kind'),
      cell: (a) => (
        <Stack gap={0}>
          <Text size="sm">{t(`paymentApplications.kinds.${a.kind}`)}</Text>
          <Text size="xs" c="dimmed">
            {a.registrationNumber ?? (a.bank ? `${a.bank.iban} · ${a.bank.bic}` : '')}
          </Text>
        </Stack>
      ),
    },
    { key: 'amount', header: t('paymentApplications.list.amount'), cell: (a) => amountOf(a.amount), align: 'right' },
    {
      key: 'schedule',
      header: t('paymentApplications.schedule.title'),
      cell: (a) =>
        a.schedule?.map((p) => (
          <Text key={p.dueDate} size="xs">
            {t('paymentApplications.list.part', { date: printedDate(p.dueDate), amount: p.amount })}
          </Text>
        )),
    },
    { key: 'reason', header: t('paymentApplications.form.reason'), cell: (a) => a.reason },
    {
      key: 'decide',
      header: '',
      cell: (a) => (
        <Button size="xs" onClick={() => setDeciding(a)} data-testid="application-decide" data-id={a.id}>
          {t('paymentApplications.officer.decide')}
        </Button>
      ),
    },
  ];

  return (
    <>
      <SegmentedControl
        value={kind}
        onChange={(value) => setKind(value as KindFilter)}
        data={(['all', 'deferral', 'instalment', 'refund'] as const).map((value) => ({
          value,
          label: t(`paymentApplications.officer.filter.${value}`),
        }))}
      />
      <QueueTable
        load={mapLoad(loadOf(queue), (answer) => answer.applications)}
        columns={columns}
        row={(a) => ({ key: a.id, 'data-kind': a.kind })}
        texts={{ failed: t('paymentApplications.list.failed'), empty: t('paymentApplications.officer.none') }}
        minWidth={900}
        testId="officer-payment-applications"
      />
      <DecideApplicationDialog application={deciding} onClose={() => setDeciding(null)} />
    </>
  );
}
