import { Anchor, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { QueueTable, type QueueColumn } from '../../components/QueueTable.tsx';
import { printedTime } from '../../dates.ts';
import { loadOf, mapLoad } from '../../data/load.ts';
import { ChannelBadge, StatusBadge } from './Badges.tsx';
import { filtersFromSearch, isRegistrationNumber, normalizedNumber, searchOfFilters, type InboxFilters } from './inbox-filters.ts';
import { channels, declarationKinds, declarationStatuses, type InboxEntry } from './officer-declaration.ts';
import { declarationPath } from './paths.ts';
import { useInbox } from './queries.ts';
import { PageHeading } from '../../components/PageHeading.tsx';

/** The customs office's inbox (issue 6 point 7): find a declaration by its number (WD-15), filter, open. */
export function InboxPage() {
  const { t, i18n } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const filters = filtersFromSearch(search);
  const query = searchOfFilters(filters);
  const [typed, setTyped] = useState(filters.number);
  const inbox = useInbox(query);
  const load = loadOf(inbox);
  useEffect(() => setTyped(filters.number), [filters.number]);

  // Any change of a filter goes back to the first page.
  const change = (next: Partial<InboxFilters>) => setSearch(searchOfFilters({ ...filters, page: 1, ...next }));
  const find = (event: FormEvent) => {
    event.preventDefault();
    change({ number: normalizedNumber(typed) });
  };
  // A whole number the inbox does not list may still open: a border checkpoint releases preliminary information registered elsewhere (ACC-18).
  const openByNumber = load.state === 'ready' && isRegistrationNumber(filters.number) && !load.value.declarations.some((entry) => entry.registrationNumber === filters.number);

  const rows = mapLoad(load, (answer) => answer.declarations);
  const columns: QueueColumn<InboxEntry>[] = [
    {
      key: 'number',
      header: t('officerDeclarations.columns.number'),
      cell: (entry) => (
        <Anchor component={Link} to={declarationPath(entry.registrationNumber)} ff="monospace" data-testid="inbox-declaration-link">
          {entry.registrationNumber}
        </Anchor>
      ),
    },
    { key: 'kind', header: t('officerDeclarations.columns.kind'), cell: (entry) => t(`officerDeclarations.kind.${entry.kind}`) },
    {
      key: 'declarant',
      header: t('officerDeclarations.columns.declarant'),
      cell: (entry) => (
        <>
          <Text size="sm">{entry.declarantName ?? entry.declarantIinBin ?? ''}</Text>
          {entry.declarantName && (
            <Text size="xs" c="dimmed">
              {entry.declarantIinBin}
            </Text>
          )}
        </>
      ),
    },
    { key: 'registered', header: t('officerDeclarations.columns.registered'), cell: (entry) => printedTime(entry.registeredAt, i18n.resolvedLanguage) },
    { key: 'channel', header: t('officerDeclarations.columns.channel'), cell: (entry) => <ChannelBadge channel={entry.channel} /> },
    { key: 'status', header: t('officerDeclarations.columns.status'), cell: (entry) => <StatusBadge status={entry.status} /> },
  ];

  return (
    <Stack gap="lg" py="xl">
      <PageHeading title={t('officerDeclarations.inbox.title')} lead={t('officerDeclarations.inbox.lead')} testId="inbox-title" />
      <form onSubmit={find}>
        <Group align="flex-end">
          <TextInput
            label={t('officerDeclarations.inbox.number')}
            placeholder={t('officerDeclarations.inbox.numberPlaceholder')}
            value={typed}
            onChange={(event) => setTyped(event.currentTarget.value)}
            maxLength={40}
            w={260}
            data-testid="inbox-number"
          />
          <Button type="submit" data-testid="inbox-find">
            {t('officerDeclarations.inbox.find')}
          </Button>
          {filters.number && (
            <Button variant="subtle" onClick={() => change({ number: '' })} data-testid="inbox-clear-number">
              {t('officerDeclarations.inbox.clearNumber')}
            </Button>
          )}
        </Group>
      </form>
      <Group align="flex-end" justify="space-between">
        <Group align="flex-end">
          <Select
            label={t('officerDeclarations.inbox.status')}
            placeholder={t('officerDeclarations.inbox.any')}
            clearable
            value={filters.status}
            onChange={(value) => change({ status: value as InboxFilters['status'] })}
            data={declarationStatuses.filter((status) => status !== 'draft').map((status) => ({ value: status, label: t(`officerDeclarations.status.${status}`) }))}
            data-testid="inbox-status"
          />
          <Select
            label={t('officerDeclarations.inbox.kind')}
            placeholder={t('officerDeclarations.inbox.any')}
            clearable
            value={filters.kind}
            onChange={(value) => change({ kind: value as InboxFilters['kind'] })}
            data={declarationKinds.map((kind) => ({ value: kind, label: t(`officerDeclarations.kind.${kind}`) }))}
            data-testid="inbox-kind"
          />
          <Select
            label={t('officerDeclarations.inbox.channel')}
            placeholder={t('officerDeclarations.inbox.any')}
            clearable
            value={filters.channel}
            onChange={(value) => change({ channel: value as InboxFilters['channel'] })}
            data={channels.map((channel) => ({ value: channel, label: t(`officerDeclarations.channel.${channel}`) }))}
            data-testid="inbox-channel"
          />
        </Group>
        <Button variant="default" onClick={() => void inbox.refetch()} loading={inbox.isFetching} data-testid="inbox-refresh">
          {t('officerDeclarations.inbox.refresh')}
        </Button>
      </Group>
      <QueueTable
        load={rows}
        columns={columns}
        rowKey={(entry) => entry.registrationNumber}
        failedTitle={t('officerDeclarations.inbox.failed')}
        emptyText={t('officerDeclarations.inbox.empty')}
        minWidth={900}
        testId="inbox"
        rowTestId="inbox-row"
        rowData={(entry) => ({ 'data-number': entry.registrationNumber, 'data-status': entry.status })}
      />
      {openByNumber && (
        <Anchor component={Link} to={declarationPath(filters.number)} data-testid="inbox-open-number">
          {t('officerDeclarations.inbox.openNumber', { number: filters.number })}
        </Anchor>
      )}
      {load.state === 'ready' && (filters.page > 1 || load.value.more) && (
        <Group gap="xs" data-testid="inbox-pages">
          <Button variant="default" disabled={filters.page <= 1} onClick={() => setSearch(searchOfFilters({ ...filters, page: filters.page - 1 }))} data-testid="inbox-previous">
            {t('officerDeclarations.inbox.previous')}
          </Button>
          <Text size="sm">{t('officerDeclarations.inbox.page', { page: filters.page })}</Text>
          <Button variant="default" disabled={!load.value.more} onClick={() => setSearch(searchOfFilters({ ...filters, page: filters.page + 1 }))} data-testid="inbox-next">
            {t('officerDeclarations.inbox.next')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
