import { Table, type TableTdProps } from '@mantine/core';
import type { ReactNode } from 'react';
import './rows-table.css';

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
  /** Below this width (and above a phone's) the table scrolls sideways instead of squeezing its columns. */
  minWidth: number;
  testId?: string;
  striped?: boolean;
  highlightOnHover?: boolean;
  withTableBorder?: boolean;
}

/**
 * A table of rows stated by its columns, as every page shows one: headed columns, scrolling sideways
 * below its minimum width, and on a phone each row a card of labelled lines (rows-table.css). A
 * page says what each column shows, never how a table is built.
 */
export function RowsTable<Row>({ rows, columns, row, minWidth, testId, ...look }: RowsTableProps<Row>) {
  return (
    <Table.ScrollContainer minWidth={minWidth} className="rows-table-scroll">
      <Table {...look} className="rows-table" data-testid={testId}>
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
                  <Table.Td
                    key={column.key}
                    ta={column.align}
                    data-label={typeof column.header === 'string' && column.header !== '' ? column.header : undefined}
                    {...column.td?.(value)}
                  >
                    {/* one box for the cell's parts, so that on a phone they stay together beside the label */}
                    <div>{column.cell(value)}</div>
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
