import { Anchor, Button, Group, SegmentedControl, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ServerRefusalAlert } from '../../components/ServerRefusalAlert.tsx';
import { printedDate } from '../../dates.ts';
import { useLoad } from '../../use-load.ts';
import { listRequests, type RequestStatus, type RequestSummary } from './credentials-api.ts';
import { paperRequestPath, requestPath } from './paths.ts';
import { TermBadges } from './TermBadges.tsx';

/** The body's queue (AST-5): every request with its review term in working days and its overdue flags. */
export function QueuePage() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<RequestStatus | 'all'>('submitted');
  const [overdue, setOverdue] = useState(false);
  const [load, start] = useLoad<{ today: string; requests: RequestSummary[] }>();

  const refresh = useCallback(() => start(listRequests({ status: status === 'all' ? undefined : status, overdue })), [start, status, overdue]);
  useEffect(refresh, [refresh]);

  return (
    <Stack gap="lg" py="xl">
      <Stack gap="xs">
        <Title order={1} data-testid="credentials-queue-title">
          {t('credentials.queue.title')}
        </Title>
        <Text maw={760}>{t('credentials.queue.lead')}</Text>
      </Stack>
      <Group justify="space-between">
        <Group>
          <SegmentedControl
            aria-label={t('credentials.queue.status')}
            value={status}
            onChange={(value) => setStatus(value as RequestStatus | 'all')}
            data={[
              { value: 'submitted', label: t('credentials.status.submitted') },
              { value: 'approved', label: t('credentials.status.approved') },
              { value: 'rejected', label: t('credentials.status.rejected') },
              { value: 'all', label: t('credentials.queue.all') },
            ]}
            data-testid="queue-status"
          />
          <Switch label={t('credentials.queue.overdueOnly')} checked={overdue} onChange={(event) => setOverdue(event.currentTarget.checked)} data-testid="queue-overdue" />
        </Group>
        <Group>
          <Button variant="default" onClick={refresh} loading={load.state === 'loading'}>
            {t('credentials.queue.refresh')}
          </Button>
          <Button component={Link} to={paperRequestPath} data-testid="queue-new-paper">
            {t('credentials.queue.newPaper')}
          </Button>
        </Group>
      </Group>
      {load.state === 'failed' && <ServerRefusalAlert title={t('credentials.queue.failed')} error={load.error} />}
      {load.state === 'ready' && (
        <Text size="sm" c="dimmed">
          {t('credentials.queue.today', { date: printedDate(load.value.today) })}
        </Text>
      )}
      {load.state === 'ready' && load.value.requests.length === 0 && <Text c="dimmed">{t('credentials.queue.empty')}</Text>}
      {load.state === 'ready' && load.value.requests.length > 0 && (
        <Table.ScrollContainer minWidth={900}>
          <Table striped highlightOnHover data-testid="credentials-queue">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('credentials.columns.number')}</Table.Th>
                <Table.Th>{t('credentials.columns.applicant')}</Table.Th>
                <Table.Th>{t('credentials.columns.channel')}</Table.Th>
                <Table.Th>{t('credentials.columns.received')}</Table.Th>
                <Table.Th>{t('credentials.columns.due')}</Table.Th>
                <Table.Th>{t('credentials.columns.daysLeft')}</Table.Th>
                <Table.Th>{t('credentials.columns.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {load.value.requests.map((request) => (
                <Table.Tr key={request.id} data-testid="credentials-queue-row" data-number={request.number}>
                  <Table.Td>
                    <Anchor component={Link} to={requestPath(request.id)} data-testid="credentials-request-link">
                      {request.number}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{request.applicantName ?? request.iinBin}</Text>
                    <Text size="xs" c="dimmed">
                      {request.iinBin} · {t(`credentials.userType.${request.userType}`)}
                    </Text>
                  </Table.Td>
                  <Table.Td>{t(`credentials.channel.${request.channel}`)}</Table.Td>
                  <Table.Td>{printedDate(request.receivedOn)}</Table.Td>
                  <Table.Td>{printedDate(request.reviewDueOn)}</Table.Td>
                  <Table.Td>
                    {request.workingDaysLeft !== null && (
                      <Text size="sm" c={request.workingDaysLeft < 0 ? 'red' : request.workingDaysLeft <= 2 ? 'orange' : undefined}>
                        {t('credentials.queue.daysLeft', { days: request.workingDaysLeft })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <TermBadges request={request} />
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
