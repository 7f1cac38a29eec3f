import { Button, Group, NumberInput, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page.tsx';
import { ServerRefusalAlert } from '../../components/ServerRefusalAlert.tsx';
import { loadOf } from '../../data/load.ts';
import { printedDate } from '../../dates.ts';
import { almatyToday } from './application-draft.ts';
import { useJournal } from './queries.ts';
import { type JournalEntry, journalExportUrl } from './web-declarant-api.ts';

/** The journal of applications of Annex 2 (WD-18, WD-36) for a year, with its CSV and PDF exports. */
export function JournalPage() {
  const { t, i18n } = useTranslation();
  const [year, setYear] = useState(Number(almatyToday().slice(0, 4)));
  const load = loadOf(useJournal(year));
  const language = i18n.resolvedLanguage ?? 'ru';

  const columns = [
    'number',
    'userName',
    'taxpayerNumber',
    'okpo',
    'actualAddress',
    'legalAddress',
    'stickerCode',
    'email',
    'phone',
    'receivedOn',
    'status',
  ] as const;
  const cell = (entry: JournalEntry, column: (typeof columns)[number]) =>
    column === 'receivedOn'
      ? printedDate(entry.receivedOn)
      : column === 'status'
        ? t(`webDeclarant.status.${entry.status}`)
        : String(entry[column] ?? '');

  return (
    <Page title={t('webDeclarant.journal.title')} lead={t('webDeclarant.journal.lead')} testId="wd-journal-title">
      <Group align="flex-end">
        <NumberInput
          label={t('webDeclarant.journal.year')}
          value={year}
          min={2000}
          max={2999}
          allowDecimal={false}
          onChange={(value) => typeof value === 'number' && setYear(value)}
          maw={140}
        />
        <Button
          component="a"
          href={journalExportUrl(year, 'csv', language)}
          variant="default"
          data-testid="wd-journal-csv"
        >
          {t('webDeclarant.journal.csv')}
        </Button>
        <Button
          component="a"
          href={journalExportUrl(year, 'pdf', language)}
          target="_blank"
          variant="default"
          data-testid="wd-journal-pdf"
        >
          {t('webDeclarant.journal.pdf')}
        </Button>
      </Group>
      {load.state === 'failed' && <ServerRefusalAlert title={t('webDeclarant.journal.failed')} error={load.error} />}
      {load.state === 'ready' && load.value.length === 0 && <Text c="dimmed">{t('webDeclarant.journal.empty')}</Text>}
      {load.state === 'ready' && load.value.length > 0 && (
        <Table.ScrollContainer minWidth={1100}>
          <Table striped withTableBorder data-testid="wd-journal">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('webDeclarant.journal.columns.body')}</Table.Th>
                {columns.map((column) => (
                  <Table.Th key={column}>{t(`webDeclarant.journal.columns.${column}`)}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {load.value.map((entry) => (
                <Table.Tr key={entry.applicationId} data-testid="wd-journal-row">
                  <Table.Td>{entry.bodyCode}</Table.Td>
                  {columns.map((column) => (
                    <Table.Td key={column}>{cell(entry, column)}</Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Page>
  );
}
