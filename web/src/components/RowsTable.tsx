import { Table, type TableTdProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { DataTable } from './DataTable.tsx';

/** Attributes browser tests find a row or a cell by: its test id and data-* facts (a number, a status). */
export type TestAttributes = { [name: `data-${string}`]: string | number | undefined };

/** One column of a table: its heading and what a row shows in it. */
export interface Column<Row> {
  key: string;
  /** Empty for a column of buttons. */
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** The cell's own look (monospace, right-aligned) and test attributes, where the column needs them. */
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
}

/** A table of rows stated by its columns: a page says what each column shows, never how a table is built. */
export function RowsTable<Row>({ rows, columns, row, ...table }: RowsTableProps<Row>) {
  return (
    <DataTable headers={columns.map((column) => column.header)} {...table}>
      {rows.map((value, index) => {
        const { key, ...attributes } = row(value, index);
        return (
          <Table.Tr key={key} {...attributes}>
            {columns.map((column) => (
              <Table.Td key={column.key} {...column.td?.(value)}>
                {column.cell(value)}
              </Table.Td>
            ))}
          </Table.Tr>
        );
      })}
    </DataTable>
  );
}
