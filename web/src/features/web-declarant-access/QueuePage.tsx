import { Anchor, Button, Group, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ServerRefusalAlert } from '../../components/ServerRefusalAlert.tsx';
import { printedDate, printedTime } from '../../dates.ts';
import { useLoad } from '../../use-load.ts';
import { applicationPath, journalPath, paperApplicationPath } from './paths.ts';
import { StatusBadges } from './StatusBadges.tsx';
import { listApplications, type Application, type ApplicationStatus } from './web-declarant-api.ts';

/** The department's applications for Web-declarant access, each with the day its letter is due (WD-26). */
export function QueuePage() {
  const { t, i18n } = useTranslation();
  const [status, setStatus] = useState<ApplicationStatus | 'all'>('received');
  const [load, start] = useLoad<Application[]>();

  const refresh = useCallback(() => start(listApplications(status === 'all' ? undefined : status)), [start, status]);
  useEffect(refresh, [refresh]);

  return (
    <Stack gap="lg" py="xl">
      <Stack gap="xs">
        <Title order={1} data-testid="wd-queue-title">
          {t('webDeclarant.queue.title')}
        </Title>
        <Text maw={760}>{t('webDeclarant.queue.lead')}</Text>
      </Stack>
      <Group justify="space-between">
        <SegmentedControl
          aria-label={t('webDeclarant.queue.status')}
          value={status}
          onChange={(value) => setStatus(value as ApplicationStatus | 'all')}
          data={[
            { value: 'received', label: t('webDeclarant.status.received') },
            { value: 'issued', label: t('webDeclarant.status.issued') },
            { value: 'rejected', label: t('webDeclarant.status.rejected') },
            { value: 'all', label: t('webDeclarant.queue.all') },
          ]}
        />
        <Group>
          <Button variant="default" onClick={refresh} loading={load.state === 'loading'}>
            {t('webDeclarant.queue.refresh')}
          </Button>
          <Button variant="default" component={Link} to={journalPath}>
            {t('webDeclarant.menu.journal')}
          </Button>
          <Button component={Link} to={paperApplicationPath} data-testid="wd-new-paper">
            {t('webDeclarant.menu.paper')}
          </Button>
        </Group>
      </Group>
      {load.state === 'failed' && <ServerRefusalAlert title={t('webDeclarant.queue.failed')} error={load.error} />}
      {load.state === 'ready' && load.value.length === 0 && <Text c="dimmed">{t('webDeclarant.queue.empty')}</Text>}
      {load.state === 'ready' && load.value.length > 0 && (
        <Table.ScrollContainer minWidth={860}>
          <Table striped highlightOnHover data-testid="wd-queue">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('webDeclarant.columns.number')}</Table.Th>
                <Table.Th>{t('webDeclarant.columns.applicant')}</Table.Th>
                <Table.Th>{t('webDeclarant.columns.channel')}</Table.Th>
                <Table.Th>{t('webDeclarant.columns.workplaces')}</Table.Th>
                <Table.Th>{t('webDeclarant.columns.received')}</Table.Th>
                <Table.Th>{t('webDeclarant.columns.letterDue')}</Table.Th>
                <Table.Th>{t('webDeclarant.columns.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {load.value.map((application) => (
                <Table.Tr key={application.id} data-testid="wd-queue-row">
                  <Table.Td>
                    <Anchor component={Link} to={applicationPath(application.id)} data-testid="wd-application-link">
                      {application.journalNumber}/{application.journalYear}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {application.bodyCode}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{application.fullName}</Text>
                    <Text size="xs" c="dimmed">
                      {application.taxpayerNumber}
                    </Text>
                  </Table.Td>
                  <Table.Td>{t(`webDeclarant.channel.${application.channel}`)}</Table.Td>
                  <Table.Td>{application.workplaces}</Table.Td>
                  <Table.Td>{printedTime(application.receivedAt, i18n.resolvedLanguage ?? 'ru')}</Table.Td>
                  <Table.Td>{printedDate(application.letterDueOn)}</Table.Td>
                  <Table.Td>
                    <StatusBadges application={application} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
