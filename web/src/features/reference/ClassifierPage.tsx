import { Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { type Column, RowsTable } from '../../components/RowsTable.tsx';
import { SearchBox } from '../../components/SearchBox.tsx';
import { SmallLink } from '../../components/SmallLink.tsx';
import { Loaded } from '../../data/Loaded.tsx';
import { loadOf } from '../../data/load.ts';
import { printedDate } from '../../dates.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { extraColumns, filterClassifierItems } from './classifier-filter.ts';
import type { ClassifierItem } from './classifiers-api.ts';
import { DateField } from './DateField.tsx';
import { classifiersPath } from './paths.ts';
import { useClassifier, useClassifiers } from './queries.ts';
import { useReferenceDate } from './use-reference-date.ts';

const code = { ff: 'monospace' } as const;

/** One classifier as a searchable table of the entries in force at the date. */
export function ClassifierPage() {
  const { t, i18n } = useTranslation();
  const language = currentLanguage();
  const { name = '' } = useParams();
  // A fact the catalogue has no name for is headed by the server's own key rather than left blank.
  const extraLabel = (column: string) =>
    i18n.exists(`reference.classifiers.extra.${column}`) ? t(`reference.classifiers.extra.${column}`) : column;
  const [date, setDate] = useReferenceDate();
  const [query, setQuery] = useState('');
  const classifier = useClassifier(name, date);
  const load = loadOf(classifier);
  // The classifier's title in the reader's language comes with the list; until then, its name.
  const title = useClassifiers().data?.find((summary) => summary.name === name)?.title[language] ?? name;

  const items = load.state === 'ready' ? filterClassifierItems(load.value.items, query) : [];
  const extras = load.state === 'ready' ? extraColumns(load.value.items) : [];
  const columns: Column<ClassifierItem>[] = [
    { key: 'code', header: t('reference.classifiers.columns.code'), cell: (item) => item.code, td: () => code },
    { key: 'name', header: t('reference.classifiers.columns.name'), cell: (item) => item.name[language] },
    ...extras.map((extra) => ({
      key: `extra-${extra}`,
      header: extraLabel(extra),
      cell: (item: ClassifierItem) => item.extra?.[extra] ?? '',
      td: () => ({ 'data-extra': extra }),
    })),
    {
      key: 'valid',
      header: t('reference.classifiers.columns.valid'),
      cell: (item) => (
        <Text size="xs" c="dimmed">
          {item.validTo
            ? t('reference.classifiers.validRange', {
                from: printedDate(item.validFrom),
                to: printedDate(item.validTo),
              })
            : t('reference.classifiers.validFrom', { from: printedDate(item.validFrom) })}
        </Text>
      ),
    },
  ];

  return (
    <Stack gap="lg" py="xl">
      <SmallLink to={classifiersPath}>{t('reference.classifiers.all')}</SmallLink>
      <Title order={1} data-testid="classifier-title" data-name={name}>
        {title}
      </Title>
      <Group align="flex-end" gap="md">
        <SearchBox
          label={t('reference.classifiers.search')}
          value={query}
          onSearch={setQuery}
          style={{ flex: '1 1 240px' }}
          data-testid="classifier-search"
        />
        <DateField label={t('reference.date.label')} value={date} onChange={setDate} testId="classifier-date" />
      </Group>
      <Loaded query={classifier} inline failedTitle={t('reference.classifiers.itemsFailed')}>
        {(found) => (
          <Stack gap="xs">
            <Text size="sm" c="dimmed">
              {t('reference.classifiers.found', { number: items.length, total: found.items.length })}
            </Text>
            {items.length === 0 ? (
              <Text c="dimmed">{t('reference.classifiers.empty')}</Text>
            ) : (
              <RowsTable
                rows={items}
                columns={columns}
                row={(item) => ({
                  key: `${item.code}@${item.validFrom}`,
                  'data-testid': 'classifier-item',
                  'data-code': item.code,
                })}
                minWidth={560}
                striped
                testId="classifier-items"
              />
            )}
          </Stack>
        )}
      </Loaded>
    </Stack>
  );
}
