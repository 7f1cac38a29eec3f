import { Table, type TableTdProps } from '@mantine/core';
import type { ReactNode } from 'react';

/** Attributes browser tests find a row or a cell by: its test id and data-* facts (a number, a status). */
export type TestAttributes = { [name: `data-${string}`]: string | number | undefined };

/** One column of a table: its heading and what a row shows in it. */
export interface Column<Row> {
  key: string;
  /** Empty for a column of buttons. */
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** Numbers and amounts line up on the right, heading included. */
  align?: 'right';
  /** The cell's own look (monospace, a colour) and test attributes, where the column needs them. */
  td?: (row: Row) => TableTdProps | (TableTdProps & TestAttributes);
}

/** A row's React key (unique in the table) and its test attributes. */
export type RowIdentity = { key: string | number } & TestAttributes;

export interface RowsTableProps<Row> {
  rows: readonly Row[];
  columns: readonly Column<Row>[];
  row: (row: Row, index: number) => RowIdentity;
  /** Below this width the table scrolls sideways instead of squeezing its columns. */
  minWidth: number;
  testId?: string;
  striped?: boolean;
  highlightOnHover?: boolean;
  withTableBorder?: boolean;
}

/**
 * A table of rows stated by its columns, as every page shows one: headed columns, scrolling sideways
 * on a narrow screen. A page says what each column shows, never how a table is built.
 */
export function RowsTable<Row>({ rows, columns, row, minWidth, testId, ...look }: RowsTableProps<Row>) {
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table {...look} data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <Table.Th key={column.key} ta={column.align}>
                {column.header}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((value, index) => {
            const { key, ...attributes } = row(value, index);
            return (
              <Table.Tr key={key} {...attributes}>
                {columns.map((column) => (
                  <Table.Td key={column.key} ta={column.align} {...column.td?.(value)}>
                    {column.cell(value)}
                  </Table.Td>
                ))}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
