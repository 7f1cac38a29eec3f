import { Button, Group, NumberInput } from '@mantine/core';
import { type JournalColumn, journalColumns } from '@shekara/contracts/web-declarant-access';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page.tsx';
import { QueueTable } from '../../components/QueueTable.tsx';
import type { Column } from '../../components/RowsTable.tsx';
import { loadOf } from '../../data/load.ts';
import { almatyToday, printedDate } from '../../dates.ts';
import { useJournal } from './queries.ts';
import { type JournalEntry, journalExportUrl } from './web-declarant-api.ts';

/** The journal of applications of Annex 2 (WD-18, WD-36) for a year, with its CSV and PDF exports. */
export function JournalPage() {
  const { t, i18n } = useTranslation();
  const [year, setYear] = useState(Number(almatyToday().slice(0, 4)));
  const load = loadOf(useJournal(year));
  const language = i18n.resolvedLanguage ?? 'ru';

  const cell = (entry: JournalEntry, field: JournalColumn) =>
    field === 'receivedOn'
      ? printedDate(entry.receivedOn)
      : field === 'status'
        ? t(`webDeclarant.status.${entry.status}`)
        : String(entry[field] ?? '');
  const columns: Column<JournalEntry>[] = [
    { key: 'body', header: t('webDeclarant.journal.columns.body'), cell: (entry) => entry.bodyCode },
    ...journalColumns.map((field) => ({
      key: field,
      header: t(`webDeclarant.journal.columns.${field}`),
      cell: (entry: JournalEntry) => cell(entry, field),
    })),
  ];
  const row = (entry: JournalEntry) => ({ key: entry.applicationId, 'data-testid': 'wd-journal-row' });
  const texts = { failed: t('webDeclarant.journal.failed'), empty: t('webDeclarant.journal.empty') };

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
      <QueueTable
        load={load}
        columns={columns}
        row={row}
        texts={texts}
        minWidth={1100}
        testId="wd-journal"
        withTableBorder
      />
    </Page>
  );
}
