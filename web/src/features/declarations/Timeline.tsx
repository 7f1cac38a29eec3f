import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/DataTable.tsx';
import { printedTime } from '../../dates.ts';
import type { TimelineEvent } from './declarations-api.ts';

/** The declaration's history (issue 6 point 10): each change of status and each event, oldest first. */
export function Timeline({ events }: { events: readonly TimelineEvent[] }) {
  const { t, i18n } = useTranslation();
  if (events.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('declarations.timeline.empty')}
      </Text>
    );
  }
  return (
    <DataTable
      headers={[
        t('declarations.timeline.at'),
        t('declarations.timeline.event'),
        t('declarations.timeline.status'),
        t('declarations.timeline.by'),
      ]}
      minWidth={560}
      testId="timeline"
    >
      {events.map((event, index) => (
        <Table.Tr key={index} data-testid="timeline-event" data-event={event.event} data-to={event.to ?? undefined}>
          <Table.Td>{printedTime(event.at, i18n.resolvedLanguage)}</Table.Td>
          <Table.Td>{t(`declarations.events.${event.event}`, { defaultValue: event.event })}</Table.Td>
          <Table.Td>{event.to ? t(`declarations.statuses.${event.to}`) : ''}</Table.Td>
          <Table.Td>
            {t(`declarations.actors.${event.actorRole}`)}
            {event.office ? ` · ${event.office}` : ''}
          </Table.Td>
        </Table.Tr>
      ))}
    </DataTable>
  );
}
