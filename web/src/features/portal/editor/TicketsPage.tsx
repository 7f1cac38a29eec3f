import { Anchor, Badge, Card, Group, Spoiler, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../components/Page.tsx';
import { LoadedList } from '../../../data/LoadedList.tsx';
import { loadOf, mapLoad } from '../../../data/load.ts';
import { printedTime } from '../../../dates.ts';
import { useTickets } from '../queries.ts';

/** The latest requests to the support service, for administrators (WD-32); answers go by e-mail. */
export function TicketsPage() {
  const { t, i18n } = useTranslation();
  const load = mapLoad(loadOf(useTickets()), (answer) => answer.items);

  return (
    <Page title={t('portal.tickets.title')} lead={t('portal.tickets.lead')}>
      <LoadedList
        load={load}
        loadingLabel={t('portal.loading')}
        failedTitle={t('portal.failed')}
        emptyText={t('portal.tickets.empty')}
      >
        {(tickets) =>
          tickets.map((ticket) => (
            <Card key={ticket.id} withBorder padding="md" data-testid="support-ticket" data-number={ticket.number}>
              <Group justify="space-between" wrap="wrap" gap="xs">
                <Text fw={600}>
                  {ticket.number} · {ticket.subject}
                </Text>
                <Group gap="xs">
                  <Badge variant="light">{t(`language.${ticket.language}`)}</Badge>
                  {ticket.accountId && <Badge variant="light">{t('portal.tickets.fromCabinet')}</Badge>}
                </Group>
              </Group>
              <Text size="sm" c="dimmed">
                {printedTime(ticket.createdAt, i18n.resolvedLanguage)} · {ticket.name} ·{' '}
                <Anchor
                  href={`mailto:${ticket.email}?subject=${encodeURIComponent(`[${ticket.number}] ${ticket.subject}`)}`}
                  size="sm"
                >
                  {ticket.email}
                </Anchor>
              </Text>
              <Spoiler maxHeight={72} showLabel={t('portal.tickets.more')} hideLabel={t('portal.tickets.less')}>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {ticket.message}
                </Text>
              </Spoiler>
            </Card>
          ))
        }
      </LoadedList>
    </Page>
  );
}
