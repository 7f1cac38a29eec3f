import { Button } from '@mantine/core';
import type { DataReadReason } from '@shekara/contracts/accounts';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page.tsx';
import { QueueTable } from '../../components/QueueTable.tsx';
import type { Column } from '../../components/RowsTable.tsx';
import { loadOf, mapLoad } from '../../data/load.ts';
import { printedDate } from '../../dates.ts';
import { usePrintedAmount } from '../../i18n/use-printed-amount.ts';
import { ReadReasonGate } from '../read-reason/ReadReasonGate.tsx';
import { applicationKeys, fetchOverdue, type ObligationView } from './applications-api.ts';
import { RecordPaidDialog } from './RecordPaidDialog.tsx';

/** Obligations of the bodies in the officer's scope whose term has passed unpaid, the oldest first (WD-16). */
export function OverduePage() {
  const { t } = useTranslation();
  return (
    <Page
      title={t('paymentApplications.overdue.title')}
      lead={t('paymentApplications.overdue.lead')}
      testId="overdue-obligations-title"
    >
      {/* the payers: read for a stated reason, which each payer sees (ACC-7) */}
      <ReadReasonGate>{(reason) => <Overdue reason={reason} />}</ReadReasonGate>
    </Page>
  );
}

function Overdue({ reason }: { reason: DataReadReason }) {
  const { t } = useTranslation();
  const amountOf = usePrintedAmount();
  const [paying, setPaying] = useState<ObligationView | null>(null);
  const overdue = useQuery({
    queryKey: [...applicationKeys.all, 'overdue', reason],
    queryFn: () => fetchOverdue(reason),
  });
  const columns: Column<ObligationView>[] = [
    { key: 'due', header: t('paymentApplications.obligations.dueDate'), cell: (o) => printedDate(o.dueDate) },
    {
      key: 'payer',
      header: t('paymentApplications.officer.payer'),
      cell: (o) => o.payer,
      td: () => ({ ff: 'monospace' }),
    },
    { key: 'declaration', header: t('paymentApplications.obligations.declaration'), cell: (o) => o.registrationNumber },
    { key: 'office', header: t('paymentApplications.officer.office'), cell: (o) => o.customsOffice },
    { key: 'codes', header: t('paymentApplications.obligations.codes'), cell: (o) => `${o.paymentType} / ${o.kbk}` },
    { key: 'amount', header: t('paymentApplications.list.amount'), cell: (o) => amountOf(o.amount), align: 'right' },
    {
      key: 'paid',
      header: '',
      cell: (o) => (
        <Button size="xs" variant="light" onClick={() => setPaying(o)} data-testid="obligation-paid">
          {t('paymentApplications.paid.open')}
        </Button>
      ),
    },
  ];
  return (
    <>
      <QueueTable
        load={mapLoad(loadOf(overdue), (answer) => answer.obligations)}
        columns={columns}
        row={(o) => ({ key: o.id })}
        texts={{ failed: t('paymentApplications.list.failed'), empty: t('paymentApplications.overdue.none') }}
        minWidth={720}
        testId="overdue-obligations"
      />
      <RecordPaidDialog obligation={paying} onClose={() => setPaying(null)} />
    </>
  );
}
