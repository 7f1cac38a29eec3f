import { Badge, Card, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/DataTable.tsx';
import { SigningErrorAlert } from '../signing/SigningErrorAlert.tsx';
import { actionKey, formatInstant } from './format.ts';
import { useHistory } from './queries.ts';

const outcomeColor: Record<string, string> = { success: 'teal', refused: 'orange', failure: 'red' };

/** What recently happened to the account: log-ins, refusals, changes, decisions (from the audit log). */
export function HistoryCard() {
  const { t, i18n } = useTranslation();
  const { data: entries, error: failure } = useHistory();

  return (
    <Card withBorder padding="lg" data-testid="cabinet-history">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('account.history.title')}
        </Title>
        {!entries && !failure && <Loader size="sm" />}
        {failure && <SigningErrorAlert error={failure} />}
        {entries && entries.length === 0 && <Text c="dimmed">{t('account.history.empty')}</Text>}
        {entries && entries.length > 0 && (
          <DataTable
            headers={[t('account.history.at'), t('account.history.action'), t('account.history.outcome')]}
            minWidth={420}
            striped
          >
            {entries.map((entry, index) => (
              <Table.Tr key={`${entry.at}-${index}`} data-testid="history-row" data-action={entry.action}>
                <Table.Td>{formatInstant(entry.at)}</Table.Td>
                <Table.Td>{i18n.exists(actionKey(entry.action)) ? t(actionKey(entry.action)) : entry.action}</Table.Td>
                <Table.Td>
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
                </Table.Td>
              </Table.Tr>
            ))}
          </DataTable>
        )}
      </Stack>
    </Card>
  );
}
