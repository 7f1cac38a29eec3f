import { Anchor, Button, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../components/DataTable.tsx';
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
  return (
    <DataTable
      headers={[
        t('declarations.list.columns.number'),
        t('declarations.list.columns.kind'),
        t('declarations.list.columns.status'),
        t('declarations.list.columns.office'),
        t('declarations.list.columns.changed'),
        '',
      ]}
      minWidth={900}
      striped
      highlightOnHover
      testId="declarations"
    >
      {rows.map((row) => (
        <Table.Tr key={row.id} data-testid="declaration-row" data-status={row.status} data-id={row.id}>
          <Table.Td>
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
          </Table.Td>
          <Table.Td>{t(`declarations.kinds.${row.kind}`)}</Table.Td>
          <Table.Td>
            <StatusBadge status={row.status} />
          </Table.Td>
          <Table.Td>{row.customsOffice ?? ''}</Table.Td>
          <Table.Td>{printedTime(row.updatedAt, i18n.resolvedLanguage)}</Table.Td>
          <Table.Td>
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
          </Table.Td>
        </Table.Tr>
      ))}
    </DataTable>
  );
}
