import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Page } from '../../components/Page.tsx';
import { Pager } from '../../components/Pager.tsx';
import { QueueTable } from '../../components/QueueTable.tsx';
import { RefreshButton } from '../../components/RefreshButton.tsx';
import type { Column } from '../../components/RowsTable.tsx';
import { loadOf, mapLoad } from '../../data/load.ts';
import { printedTime } from '../../dates.ts';
import { ChannelBadge, StatusBadge } from './Badges.tsx';
import { InboxFilterBar } from './InboxFilterBar.tsx';
import {
  filtersFromSearch,
  type InboxFilters,
  isRegistrationNumber,
  normalizedNumber,
  searchOfFilters,
} from './inbox-filters.ts';
import type { InboxEntry } from './officer-declaration.ts';
import { declarationPath } from './paths.ts';
import { useInbox } from './queries.ts';
import { ResubmittedMark } from './ResubmittedMark.tsx';

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
  const openByNumber =
    load.state === 'ready' &&
    isRegistrationNumber(filters.number) &&
    !load.value.declarations.some((entry) => entry.registrationNumber === filters.number);

  const rows = mapLoad(load, (answer) => answer.declarations);
  const columns: Column<InboxEntry>[] = [
    {
      key: 'number',
      header: t('officerDeclarations.columns.number'),
      cell: (entry) => (
        <Stack gap={4} align="flex-start">
          <Anchor
            component={Link}
            to={declarationPath(entry.registrationNumber)}
            ff="monospace"
            data-testid="inbox-declaration-link"
          >
            {entry.registrationNumber}
          </Anchor>
          <ResubmittedMark registrationNumber={entry.registrationNumber} copies={entry.copies} />
        </Stack>
      ),
    },
    {
      key: 'kind',
      header: t('officerDeclarations.columns.kind'),
      cell: (entry) => t(`officerDeclarations.kind.${entry.kind}`),
    },
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
    {
      key: 'registered',
      header: t('officerDeclarations.columns.registered'),
      cell: (entry) => printedTime(entry.registeredAt, i18n.resolvedLanguage),
    },
    {
      key: 'channel',
      header: t('officerDeclarations.columns.channel'),
      cell: (entry) => <ChannelBadge channel={entry.channel} />,
    },
    {
      key: 'status',
      header: t('officerDeclarations.columns.status'),
      cell: (entry) => (
        <Group gap={4}>
          <StatusBadge status={entry.status} />
          {entry.transitOverdue && (
            <Badge color="red" variant="light" data-testid="inbox-transit-overdue">
              {t('transit.overdueBadge')}
            </Badge>
          )}
        </Group>
      ),
    },
  ];

  const row = (entry: InboxEntry) => ({
    key: entry.registrationNumber,
    'data-testid': 'inbox-row',
    'data-number': entry.registrationNumber,
    'data-status': entry.status,
    'data-copies': entry.copies,
  });
  const texts = { failed: t('officerDeclarations.inbox.failed'), empty: t('officerDeclarations.inbox.empty') };

  return (
    <Page title={t('officerDeclarations.inbox.title')} lead={t('officerDeclarations.inbox.lead')} testId="inbox-title">
      <InboxFilterBar filters={filters} typed={typed} setTyped={setTyped} onFind={find} onChange={change}>
        <RefreshButton query={inbox} testId="inbox-refresh">
          {t('officerDeclarations.inbox.refresh')}
        </RefreshButton>
      </InboxFilterBar>
      <QueueTable load={rows} columns={columns} row={row} texts={texts} minWidth={900} testId="inbox" />
      {openByNumber && (
        <Anchor component={Link} to={declarationPath(filters.number)} data-testid="inbox-open-number">
          {t('officerDeclarations.inbox.openNumber', { number: filters.number })}
        </Anchor>
      )}
      {load.state === 'ready' && (
        <Pager
          page={filters.page}
          more={load.value.more}
          onPage={(page) => setSearch(searchOfFilters({ ...filters, page }))}
          labels={{
            previous: t('officerDeclarations.inbox.previous'),
            next: t('officerDeclarations.inbox.next'),
            page: t('officerDeclarations.inbox.page', { page: filters.page }),
          }}
          testId="inbox-pages"
          buttonTestIds={{ previous: 'inbox-previous', next: 'inbox-next' }}
        />
      )}
    </Page>
  );
}
