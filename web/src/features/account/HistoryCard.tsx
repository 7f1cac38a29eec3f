import { Badge, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type Column, RowsTable } from '../../components/RowsTable.tsx';
import { TitledCard } from '../../components/TitledCard.tsx';
import { SigningErrorAlert } from '../signing/SigningErrorAlert.tsx';
import type { HistoryEntry } from './account-api.ts';
import { actionKey, formatInstant } from './format.ts';
import { useHistory } from './queries.ts';

const outcomeColor: Record<string, string> = { success: 'teal', refused: 'orange', failure: 'red' };

/** What recently happened to the account: log-ins, refusals, changes, decisions (from the audit log). */
export function HistoryCard() {
  const { t, i18n } = useTranslation();
  const { data: entries, error: failure } = useHistory();

  const columns: Column<HistoryEntry>[] = [
    { key: 'at', header: t('account.history.at'), cell: (entry) => formatInstant(entry.at) },
    {
      key: 'action',
      header: t('account.history.action'),
      cell: (entry) => (i18n.exists(actionKey(entry.action)) ? t(actionKey(entry.action)) : entry.action),
    },
    {
      key: 'outcome',
      header: t('account.history.outcome'),
      cell: (entry) => (
        <>
          <Badge size="sm" variant="light" color={outcomeColor[entry.outcome] ?? 'gray'}>
            {i18n.exists(`account.history.outcomes.${entry.outcome}`)
              ? t(`account.history.outcomes.${entry.outcome}`)
              : entry.outcome}
          </Badge>
          {entry.code && (
            <Text size="xs" c="dimmed">
              {entry.code}
            </Text>
          )}
        </>
      ),
    },
  ];
  const row = (entry: HistoryEntry, index: number) => ({
    key: `${entry.at}-${index}`,
    'data-testid': 'history-row',
    'data-action': entry.action,
  });

  return (
    <TitledCard title={t('account.history.title')} testId="cabinet-history">
      {!entries && !failure && <Loader size="sm" />}
      {failure && <SigningErrorAlert error={failure} />}
      {entries && entries.length === 0 && <Text c="dimmed">{t('account.history.empty')}</Text>}
      {entries && entries.length > 0 && <RowsTable rows={entries} columns={columns} row={row} minWidth={420} striped />}
    </TitledCard>
  );
}
