import { Box, Text } from '@mantine/core';
import type { GoodsItem } from '@shekara/contracts/declarations/documents';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { visibleRows } from '../../components/row-window.ts';
import { itemColumns, itemRow } from './goods-boxes.ts';
import { useBoxPrinters } from './use-box-printers.ts';

const rowHeight = 36;
const viewHeight = 480;

const cell = {
  padding: '0 8px',
  height: rowHeight,
  whiteSpace: 'nowrap',
  overflow: 'hidden',
  textOverflow: 'ellipsis',
  maxWidth: 320,
  borderBottom: '1px solid var(--mantine-color-default-border)',
} as const;

/**
 * Boxes 31–47 of every goods item, one row each. Only the rows in view are drawn, so a
 * declaration of 999 items scrolls as lightly as one of ten.
 */
export function ItemsTable({ items }: { items: readonly GoodsItem[] }) {
  const { t } = useTranslation();
  const printers = useBoxPrinters();
  const rows = useMemo(() => items.map((item, index) => itemRow(item, index, printers)), [items, printers]);
  const [scrollTop, setScrollTop] = useState(0);
  const window = visibleRows({ count: rows.length, scrollTop, viewportHeight: viewHeight, rowHeight, overscan: 8 });

  if (rows.length === 0) return <Text c="dimmed">{t('officerDeclarations.goods.noItems')}</Text>;
  return (
    <Box
      style={{ maxHeight: viewHeight, overflow: 'auto', border: '1px solid var(--mantine-color-default-border)' }}
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
      tabIndex={0}
      role="region"
      aria-label={t('officerDeclarations.goods.items', { count: rows.length })}
      data-testid="goods-items"
      data-count={rows.length}
    >
      <table
        style={{ borderCollapse: 'collapse', width: '100%', fontSize: 'var(--mantine-font-size-sm)' }}
        aria-rowcount={rows.length + 1}
      >
        <thead style={{ position: 'sticky', top: 0, background: 'var(--mantine-color-body)', zIndex: 1 }}>
          <tr aria-rowindex={1}>
            {itemColumns.map((column) => (
              <th key={column.field} style={{ ...cell, textAlign: 'left' }} scope="col">
                <Text span size="xs" c="dimmed">
                  {column.box}
                </Text>{' '}
                {t(`officerDeclarations.items.${column.field}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {window.paddingTop > 0 && <tr style={{ height: window.paddingTop }} aria-hidden />}
          {rows.slice(window.first, window.end).map((row, offset) => (
            <tr
              key={window.first + offset}
              aria-rowindex={window.first + offset + 2}
              data-testid="goods-item-row"
              data-item={row.number}
            >
              {itemColumns.map((column) => (
                <td key={column.field} style={cell} title={String(row[column.field])}>
                  {row[column.field]}
                </td>
              ))}
            </tr>
          ))}
          {window.paddingBottom > 0 && <tr style={{ height: window.paddingBottom }} aria-hidden />}
        </tbody>
      </table>
    </Box>
  );
}
