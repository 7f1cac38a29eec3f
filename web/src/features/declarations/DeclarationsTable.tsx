import { Anchor, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type Column, RowsTable } from '../../components/RowsTable.tsx';
import { printedTime } from '../../dates.ts';
import type { DeclarationSummary } from './declarations-api.ts';
import { declarationPath, editorPath } from './paths.ts';
import { StatusBadge } from './StatusBadge.tsx';

/** One page of the organisation's declarations: a draft opens in the editor, the others on their own page. */
export function DeclarationsTable({
  rows,
  onCopy,
  onRemove,
}: {
  rows: readonly DeclarationSummary[];
  onCopy: (row: DeclarationSummary) => void;
  onRemove: (row: DeclarationSummary) => void;
}) {
  const { t, i18n } = useTranslation();
  const columns: Column<DeclarationSummary>[] = [
    {
      key: 'number',
      header: t('declarations.list.columns.number'),
      cell: (row) => (
        <>
          <Anchor
            component={Link}
            to={row.status === 'draft' ? editorPath(row.id) : declarationPath(row.id)}
            data-testid="declaration-link"
          >
            {row.registrationNumber ?? row.reference ?? t('declarations.list.draft')}
          </Anchor>
          {row.registrationNumber && row.reference && (
            <Text size="xs" c="dimmed">
              {row.reference}
            </Text>
          )}
        </>
      ),
    },
    { key: 'kind', header: t('declarations.list.columns.kind'), cell: (row) => t(`declarations.kinds.${row.kind}`) },
    {
      key: 'status',
      header: t('declarations.list.columns.status'),
      cell: (row) => <StatusBadge status={row.status} />,
    },
    { key: 'office', header: t('declarations.list.columns.office'), cell: (row) => row.customsOffice ?? '' },
    {
      key: 'changed',
      header: t('declarations.list.columns.changed'),
      cell: (row) => printedTime(row.updatedAt, i18n.resolvedLanguage),
    },
    {
      key: 'actions',
      header: '',
      cell: (row) => (
        <Group gap="xs" justify="flex-end" wrap="nowrap">
          <Button size="xs" variant="default" onClick={() => onCopy(row)} data-testid="declaration-copy">
            {t('declarations.list.copy')}
          </Button>
          {row.status === 'draft' && (
            <Button
              size="xs"
              variant="subtle"
              color="red"
              onClick={() => onRemove(row)}
              data-testid="declaration-delete"
            >
              {t('declarations.list.delete')}
            </Button>
          )}
        </Group>
      ),
    },
  ];
  const identity = (row: DeclarationSummary) => ({
    key: row.id,
    'data-testid': 'declaration-row',
    'data-status': row.status,
    'data-id': row.id,
  });
  return (
    <RowsTable
      rows={rows}
      columns={columns}
      row={identity}
      minWidth={900}
      striped
      highlightOnHover
      testId="declarations"
    />
  );
}
