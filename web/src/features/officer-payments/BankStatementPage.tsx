import { Alert, Button, Card, FileInput, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Choice } from '../../components/Choice.tsx';
import { Page } from '../../components/Page.tsx';
import { RowsTable } from '../../components/RowsTable.tsx';
import { ServerRefusalAlert } from '../../components/ServerRefusalAlert.tsx';
import { TitledCard } from '../../components/TitledCard.tsx';
import { useAction } from '../../data/use-action.ts';
import { importStatement, type StatementFormat, type StatementReport } from './officer-payments-api.ts';
import { statementFormatOf } from './payment-form.ts';

/** The largest statement the server takes (2 MB of text), checked before the file is sent. */
const maxStatementBytes = 2 * 1024 * 1024;

interface ChosenFile {
  name: string;
  content: string;
}

/**
 * A bank statement imported (ACC-14): the officer picks the bank's file — CSV or ISO 20022
 * camt.053 — and every incoming payment in it is credited to its payer's advance account, once
 * however often the statement comes; the report says what was credited, what had been, what was
 * refused and why, and which lines could not be read.
 */
export function BankStatementPage() {
  const { t } = useTranslation();
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [format, setFormat] = useState<StatementFormat>('csv');
  const [tooLarge, setTooLarge] = useState(false);
  const importing = useAction(importStatement);

  async function choose(picked: File | null) {
    importing.reset();
    setFile(null);
    setTooLarge(false);
    if (!picked) return;
    if (picked.size > maxStatementBytes) return setTooLarge(true);
    const content = await picked.text();
    setFormat(statementFormatOf(picked.name, content));
    setFile({ name: picked.name, content });
  }

  return (
    <Page
      title={t('officerPayments.statement.title')}
      lead={t('officerPayments.statement.lead')}
      testId="bank-statement-title"
      maw={1000}
    >
      <Card withBorder>
        <Stack gap="sm">
          <FileInput
            label={t('officerPayments.statement.file')}
            description={t('officerPayments.statement.fileHint')}
            placeholder={t('officerPayments.statement.choose')}
            accept=".csv,.txt,.xml,text/csv,text/plain,application/xml,text/xml"
            clearable
            onChange={(picked) => void choose(picked)}
            error={tooLarge ? t('officerPayments.statement.tooLarge') : undefined}
            data-testid="statement-file"
          />
          {file && (
            <Stack gap="xs">
              <Text size="sm" fw={500}>
                {t('officerPayments.statement.format')}
              </Text>
              <Choice
                value={format}
                onChange={setFormat}
                options={{ csv: 'CSV', camt053: 'camt.053' }}
                data-testid="statement-format"
              />
            </Stack>
          )}
          <Group>
            <Button
              onClick={() => file && void importing.run(format, file.content)}
              disabled={!file || importing.pending}
              loading={importing.pending}
              data-testid="statement-import"
            >
              {t('officerPayments.statement.import')}
            </Button>
          </Group>
          <Text size="xs" c="dimmed" style={{ wordBreak: 'break-word' }}>
            {t('officerPayments.statement.csvShape')}
          </Text>
        </Stack>
      </Card>
      {importing.error && <ServerRefusalAlert title={t('officerPayments.statement.failed')} error={importing.error} />}
      {importing.status === 'success' && importing.value && <Report report={importing.value} />}
    </Page>
  );
}

function Report({ report }: { report: StatementReport }) {
  const { t } = useTranslation();
  const clean = report.refused.length === 0 && report.unread.length === 0;
  return (
    <Stack gap="md" data-testid="statement-report">
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        <Count label={t('officerPayments.statement.credited')} value={report.credited} testId="report-credited" />
        <Count
          label={t('officerPayments.statement.alreadyCredited')}
          value={report.alreadyCredited}
          testId="report-already"
        />
        <Count label={t('officerPayments.statement.refused')} value={report.refused.length} testId="report-refused" />
        <Count label={t('officerPayments.statement.unread')} value={report.unread.length} testId="report-unread" />
      </SimpleGrid>
      {clean && <Alert color="green">{t('officerPayments.statement.clean')}</Alert>}
      {report.refused.length > 0 && (
        <TitledCard title={t('officerPayments.statement.refusedTitle')} padding="md">
          <RowsTable
            rows={report.refused}
            columns={[
              {
                key: 'position',
                header: t('officerPayments.statement.position'),
                cell: (r) => r.position,
                align: 'right',
              },
              {
                key: 'message',
                header: t('officerPayments.statement.message'),
                cell: (r) => (
                  <Stack gap={2}>
                    <Text size="sm" style={{ wordBreak: 'break-word' }}>
                      {r.message}
                    </Text>
                    <Text size="xs" c="red" ff="monospace" style={{ wordBreak: 'break-all' }}>
                      {r.code}
                    </Text>
                  </Stack>
                ),
              },
            ]}
            row={(r, index) => ({ key: `${r.position}-${index}`, 'data-code': r.code })}
            minWidth={280}
            testId="report-refused-rows"
            striped
          />
        </TitledCard>
      )}
      {report.unread.length > 0 && (
        <TitledCard title={t('officerPayments.statement.unreadTitle')} padding="md">
          <RowsTable
            rows={report.unread}
            columns={[
              {
                key: 'position',
                header: t('officerPayments.statement.position'),
                cell: (r) => r.position,
                align: 'right',
              },
              {
                key: 'problem',
                header: t('officerPayments.statement.problem'),
                cell: (r) => (
                  <Text size="sm" style={{ wordBreak: 'break-word' }}>
                    {r.problem}
                  </Text>
                ),
              },
            ]}
            row={(r, index) => ({ key: `${r.position}-${index}`, 'data-position': r.position })}
            minWidth={280}
            testId="report-unread-rows"
            striped
          />
        </TitledCard>
      )}
    </Stack>
  );
}

function Count({ label, value, testId }: { label: string; value: number; testId: string }) {
  return (
    <Card withBorder padding="sm">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="xl" fw={700} data-testid={testId}>
        {value}
      </Text>
    </Card>
  );
}
