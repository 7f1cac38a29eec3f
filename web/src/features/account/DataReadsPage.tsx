import { Badge, Text } from '@mantine/core';
import { dataReadObjects } from '@shekara/contracts/accounts';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Page } from '../../components/Page.tsx';
import { Pager } from '../../components/Pager.tsx';
import { QueueTable } from '../../components/QueueTable.tsx';
import type { Column } from '../../components/RowsTable.tsx';
import { loadOf, mapLoad } from '../../data/load.ts';
import type { DataRead } from './account-api.ts';
import { pageOf, readerOf, readObjectKey } from './data-reads.ts';
import { formatInstant } from './format.ts';
import { useDataReads } from './queries.ts';

/**
 * Who at customs looked at the user's data (ACC-7, Law No. 94-V): every officer's read of the
 * account, its access, the organisation's declarations or its advance account, when, by whom, of
 * what and why, newest first, a page at a time.
 */
export function DataReadsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const page = pageOf(params.get('page'));
  const query = useDataReads(page);
  const load = loadOf(query);

  const columns: Column<DataRead>[] = [
    { key: 'at', header: t('account.dataReads.at'), cell: (read) => formatInstant(read.at) },
    {
      key: 'reader',
      header: t('account.dataReads.reader'),
      cell: (read) => readerOf(read, t('account.dataReads.administrator')),
    },
    {
      key: 'object',
      header: t('account.dataReads.object'),
      cell: (read) => (
        <>
          <Text size="sm">
            {(dataReadObjects as readonly string[]).includes(read.object) ? t(readObjectKey(read.object)) : read.object}
          </Text>
          {read.object !== 'account' && read.object !== 'account_access' && (
            <Text size="xs" c="dimmed">
              {read.objectId}
            </Text>
          )}
        </>
      ),
    },
    {
      key: 'reason',
      header: t('account.dataReads.reason'),
      cell: (read) => (
        <Badge variant="light" size="sm">
          {read.reasonLabel}
        </Badge>
      ),
    },
  ];

  return (
    <Page title={t('account.dataReads.title')} lead={t('account.dataReads.lead')} testId="data-reads-title" maw={1000}>
      <QueueTable
        load={mapLoad(load, (answer) => answer.reads)}
        columns={columns}
        row={(read) => ({ key: `${read.at}-${read.object}-${read.objectId}` })}
        texts={{ failed: t('account.dataReads.failed'), empty: t('account.dataReads.empty') }}
        minWidth={640}
        testId="data-reads"
      />
      {load.state === 'ready' && (
        <Pager
          page={page}
          more={load.value.more}
          onPage={(next) => setParams(next > 1 ? { page: String(next) } : {})}
          labels={{
            previous: t('account.dataReads.newer'),
            next: t('account.dataReads.older'),
            page: t('account.dataReads.page', { page }),
          }}
          testId="data-reads-pages"
          justify="space-between"
        />
      )}
    </Page>
  );
}
