import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
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
    <Table.ScrollContainer minWidth={560}>
      <Table data-testid="timeline">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('declarations.timeline.at')}</Table.Th>
            <Table.Th>{t('declarations.timeline.event')}</Table.Th>
            <Table.Th>{t('declarations.timeline.status')}</Table.Th>
            <Table.Th>{t('declarations.timeline.by')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
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
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
