import { Anchor, Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { StatusChoice } from '../../components/Choice.tsx';
import { Page } from '../../components/Page.tsx';
import { QueueTable } from '../../components/QueueTable.tsx';
import { RefreshButton } from '../../components/RefreshButton.tsx';
import type { Column } from '../../components/RowsTable.tsx';
import { loadOf } from '../../data/load.ts';
import { printedDate, printedTime } from '../../dates.ts';
import { applicationPath, journalPath, paperApplicationPath } from './paths.ts';
import { useApplications } from './queries.ts';
import { StatusBadges } from './StatusBadges.tsx';
import type { Application, ApplicationStatus } from './web-declarant-api.ts';

/** The statuses the queue lists one at a time, besides all of them. */
const listedStatuses = ['received', 'issued', 'rejected'] as const;

/** The department's applications for Web-declarant access, each with the day its letter is due (WD-26). */
export function QueuePage() {
  const { t, i18n } = useTranslation();
  const [status, setStatus] = useState<ApplicationStatus | 'all'>('received');
  const applications = useApplications(status === 'all' ? undefined : status);
  const load = loadOf(applications);

  const columns: Column<Application>[] = [
    {
      key: 'number',
      header: t('webDeclarant.columns.number'),
      cell: (application) => (
        <>
          <Anchor component={Link} to={applicationPath(application.id)} data-testid="wd-application-link">
            {application.journalNumber}/{application.journalYear}
          </Anchor>
          <Text size="xs" c="dimmed">
            {application.bodyCode}
          </Text>
        </>
      ),
    },
    {
      key: 'applicant',
      header: t('webDeclarant.columns.applicant'),
      cell: (application) => (
        <>
          <Text size="sm">{application.fullName}</Text>
          <Text size="xs" c="dimmed">
            {application.taxpayerNumber}
          </Text>
        </>
      ),
    },
    {
      key: 'channel',
      header: t('webDeclarant.columns.channel'),
      cell: (application) => t(`webDeclarant.channel.${application.channel}`),
    },
    { key: 'workplaces', header: t('webDeclarant.columns.workplaces'), cell: (application) => application.workplaces },
    {
      key: 'received',
      header: t('webDeclarant.columns.received'),
      cell: (application) => printedTime(application.receivedAt, i18n.resolvedLanguage ?? 'ru'),
    },
    {
      key: 'letterDue',
      header: t('webDeclarant.columns.letterDue'),
      cell: (application) => printedDate(application.letterDueOn),
    },
    {
      key: 'status',
      header: t('webDeclarant.columns.status'),
      cell: (application) => <StatusBadges application={application} />,
    },
  ];

  const row = (application: Application) => ({ key: application.id, 'data-testid': 'wd-queue-row' });
  const texts = { failed: t('webDeclarant.queue.failed'), empty: t('webDeclarant.queue.empty') };

  return (
    <Page title={t('webDeclarant.queue.title')} lead={t('webDeclarant.queue.lead')} testId="wd-queue-title">
      <Group justify="space-between">
        <StatusChoice
          statuses={listedStatuses}
          value={status}
          onChange={setStatus}
          label={t('webDeclarant.queue.status')}
          statusLabel={(s) => t(`webDeclarant.status.${s}`)}
          allLabel={t('webDeclarant.queue.all')}
        />
        <Group>
          <RefreshButton query={applications}>{t('webDeclarant.queue.refresh')}</RefreshButton>
          <Button variant="default" component={Link} to={journalPath}>
            {t('webDeclarant.menu.journal')}
          </Button>
          <Button component={Link} to={paperApplicationPath} data-testid="wd-new-paper">
            {t('webDeclarant.menu.paper')}
          </Button>
        </Group>
      </Group>
      <QueueTable load={load} columns={columns} row={row} texts={texts} minWidth={860} testId="wd-queue" />
    </Page>
  );
}
