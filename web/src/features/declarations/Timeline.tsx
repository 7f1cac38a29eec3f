import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type Column, RowsTable } from '../../components/RowsTable.tsx';
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
  const columns: Column<TimelineEvent>[] = [
    {
      key: 'at',
      header: t('declarations.timeline.at'),
      cell: (event) => printedTime(event.at, i18n.resolvedLanguage),
    },
    {
      key: 'event',
      header: t('declarations.timeline.event'),
      cell: (event) => t(`declarations.events.${event.event}`, { defaultValue: t('declarations.timeline.event') }),
    },
    {
      key: 'status',
      header: t('declarations.timeline.status'),
      cell: (event) => (event.to ? t(`declarations.statuses.${event.to}`) : ''),
    },
    {
      key: 'by',
      header: t('declarations.timeline.by'),
      cell: (event) => `${t(`declarations.actors.${event.actorRole}`)}${event.office ? ` · ${event.office}` : ''}`,
    },
  ];
  const row = (event: TimelineEvent, index: number) => ({
    key: index,
    'data-testid': 'timeline-event',
    'data-event': event.event,
    'data-to': event.to ?? undefined,
  });
  return <RowsTable rows={events} columns={columns} row={row} minWidth={560} testId="timeline" />;
}
