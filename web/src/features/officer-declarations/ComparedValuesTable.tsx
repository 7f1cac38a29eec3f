import { Badge, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type Column, RowsTable } from '../../components/RowsTable.tsx';
import type { Change, ComparedValue } from './copy-comparison.ts';

/** One line of a comparison: a box (or a field's path), what it is, and its value in both copies. */
export interface ComparedRow {
  key: string;
  box: string | null;
  label: string;
  value: ComparedValue;
}

/** Where a value cell is coloured: the earlier copy's side of what went, the later's of what came, both of a change. */
const shade: Record<Change, { earlier?: string; later?: string }> = {
  same: {},
  changed: { earlier: 'var(--mantine-color-yellow-light)', later: 'var(--mantine-color-yellow-light)' },
  added: { later: 'var(--mantine-color-green-light)' },
  removed: { earlier: 'var(--mantine-color-red-light)' },
};

/**
 * Boxes of two copies side by side (issue 19 point 5): the earlier copy's value beside the later
 * one's, a changed box coloured and named as changed, added or removed — in words, not by colour alone.
 */
export function ComparedValuesTable({
  rows,
  copies,
  testId,
}: {
  rows: readonly ComparedRow[];
  copies: { earlier: number; later: number };
  testId: string;
}) {
  const { t } = useTranslation();
  const changeNames: Record<Change, string> = {
    same: '',
    changed: t('officerDeclarations.comparison.changed'),
    added: t('officerDeclarations.comparison.added'),
    removed: t('officerDeclarations.comparison.removed'),
  };
  const printed = (value: string | null) =>
    value ?? (
      <Text span c="dimmed">
        —
      </Text>
    );
  const columns: Column<ComparedRow>[] = [
    ...(rows.some((row) => row.box !== null)
      ? [{ key: 'box', header: t('officerDeclarations.goods.box'), cell: (row: ComparedRow) => row.box }]
      : []),
    { key: 'label', header: t('officerDeclarations.goods.field'), cell: (row) => row.label },
    {
      key: 'earlier',
      header: t('officerDeclarations.comparison.copy', { copy: copies.earlier }),
      cell: (row) => printed(row.value.earlier),
      td: (row) => ({
        style: { wordBreak: 'break-word', background: shade[row.value.change].earlier },
        'data-testid': 'compared-earlier',
      }),
    },
    {
      key: 'later',
      header: t('officerDeclarations.comparison.copy', { copy: copies.later }),
      cell: (row) => printed(row.value.later),
      td: (row) => ({
        style: { wordBreak: 'break-word', background: shade[row.value.change].later },
        'data-testid': 'compared-later',
      }),
    },
    {
      key: 'change',
      header: t('officerDeclarations.comparison.change'),
      cell: (row) =>
        row.value.change !== 'same' && (
          <Badge size="sm" variant="outline" color="dark">
            {changeNames[row.value.change]}
          </Badge>
        ),
    },
  ];
  return (
    <RowsTable
      rows={rows}
      columns={columns}
      row={(row) => ({
        key: row.key,
        'data-testid': 'compared-box',
        'data-box': row.box ?? undefined,
        'data-change': row.value.change,
      })}
      minWidth={720}
      withTableBorder
      testId={testId}
    />
  );
}
