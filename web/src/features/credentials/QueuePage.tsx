import { Anchor, Button, Group, Switch, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { StatusChoice } from '../../components/Choice.tsx';
import { Page } from '../../components/Page.tsx';
import { QueueTable } from '../../components/QueueTable.tsx';
import { RefreshButton } from '../../components/RefreshButton.tsx';
import type { Column } from '../../components/RowsTable.tsx';
import { ticked } from '../../components/text-binding.ts';
import { loadOf, mapLoad } from '../../data/load.ts';
import { printedDate } from '../../dates.ts';
import type { RequestStatus, RequestSummary } from './credentials-api.ts';
import { paperRequestPath, requestPath } from './paths.ts';
import { useRequestQueue } from './queries.ts';
import { TermBadges } from './TermBadges.tsx';

/** The statuses the queue lists one at a time, besides all of them. */
const listedStatuses = ['submitted', 'approved', 'rejected'] as const;

/** The body's queue (AST-5): every request with its review term in working days and its overdue flags. */
export function QueuePage() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<RequestStatus | 'all'>('submitted');
  const [overdue, setOverdue] = useState(false);
  const queue = useRequestQueue({ status: status === 'all' ? undefined : status, overdue });
  const load = loadOf(queue);
  const rows = mapLoad(load, (answer) => answer.requests);

  const columns: Column<RequestSummary>[] = [
    {
      key: 'number',
      header: t('credentials.columns.number'),
      cell: (request) => (
        <Anchor component={Link} to={requestPath(request.id)} data-testid="credentials-request-link">
          {request.number}
        </Anchor>
      ),
    },
    {
      key: 'applicant',
      header: t('credentials.columns.applicant'),
      cell: (request) => (
        <>
          <Text size="sm">{request.applicantName ?? request.iinBin}</Text>
          <Text size="xs" c="dimmed">
            {request.iinBin} · {t(`credentials.userType.${request.userType}`)}
          </Text>
        </>
      ),
    },
    {
      key: 'channel',
      header: t('credentials.columns.channel'),
      cell: (request) =>
        request.verification === 'paper_check_required'
          ? `${t(`credentials.channel.${request.channel}`)} · ${t('credentials.verification.paper_check_required')}`
          : t(`credentials.channel.${request.channel}`),
    },
    { key: 'received', header: t('credentials.columns.received'), cell: (request) => printedDate(request.receivedOn) },
    { key: 'due', header: t('credentials.columns.due'), cell: (request) => printedDate(request.reviewDueOn) },
    {
      key: 'daysLeft',
      header: t('credentials.columns.daysLeft'),
      cell: (request) =>
        request.workingDaysLeft !== null && (
          <Text size="sm" c={request.workingDaysLeft < 0 ? 'red' : request.workingDaysLeft <= 2 ? 'orange' : undefined}>
            {t('credentials.queue.daysLeft', { days: request.workingDaysLeft })}
          </Text>
        ),
    },
    { key: 'status', header: t('credentials.columns.status'), cell: (request) => <TermBadges request={request} /> },
  ];

  const row = (request: RequestSummary) => ({
    key: request.id,
    'data-testid': 'credentials-queue-row',
    'data-number': request.number,
  });
  const texts = { failed: t('credentials.queue.failed'), empty: t('credentials.queue.empty') };

  return (
    <Page title={t('credentials.queue.title')} lead={t('credentials.queue.lead')} testId="credentials-queue-title">
      <Group justify="space-between">
        <Group>
          <StatusChoice
            statuses={listedStatuses}
            value={status}
            onChange={setStatus}
            label={t('credentials.queue.status')}
            statusLabel={(s) => t(`credentials.status.${s}`)}
            allLabel={t('credentials.queue.all')}
            testId="queue-status"
          />
          <Switch
            label={t('credentials.queue.overdueOnly')}
            {...ticked(overdue, setOverdue)}
            data-testid="queue-overdue"
          />
        </Group>
        <Group>
          <RefreshButton query={queue}>{t('credentials.queue.refresh')}</RefreshButton>
          <Button component={Link} to={paperRequestPath} data-testid="queue-new-paper">
            {t('credentials.queue.newPaper')}
          </Button>
        </Group>
      </Group>
      {load.state === 'ready' && (
        <Text size="sm" c="dimmed">
          {t('credentials.queue.today', { date: printedDate(load.value.today) })}
        </Text>
      )}
      <QueueTable load={rows} columns={columns} row={row} texts={texts} minWidth={900} testId="credentials-queue" />
    </Page>
  );
}
