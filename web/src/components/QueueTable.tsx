import { Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { LoadedList } from '../data/LoadedList.tsx';
import type { Load } from '../data/load.ts';
import { DataTable } from './DataTable.tsx';

/** One column of an officer's queue: its heading and what a row shows in it. */
export interface QueueColumn<Row> {
  key: string;
  header: ReactNode;
  cell: (row: Row) => ReactNode;
}

interface QueueTableProps<Row> {
  load: Load<readonly Row[]>;
  columns: readonly QueueColumn<Row>[];
  rowKey: (row: Row) => string;
  /** The title of the refusal shown when the queue could not be read. */
  failedTitle: string;
  emptyText: string;
  emptyTestId?: string;
  /** Below this width the table scrolls sideways instead of squeezing its columns. */
  minWidth: number;
  /** Test ids of the table and of each row, which browser tests find the queue by. */
  testId: string;
  rowTestId: string;
  /** Extra data-* attributes of a row (e.g. its number), so a test can pick one row. */
  rowData?: (row: Row) => Record<`data-${string}`, string>;
}

/**
 * A table of rows as every workplace shows one: the server's refusal, "nothing here", or the rows
 * in a striped table that scrolls sideways on a narrow screen.
 */
export function QueueTable<Row>({
  load,
  columns,
  rowKey,
  failedTitle,
  emptyText,
  emptyTestId,
  minWidth,
  testId,
  rowTestId,
  rowData,
}: QueueTableProps<Row>) {
  return (
    <LoadedList load={load} failedTitle={failedTitle} emptyText={emptyText} emptyTestId={emptyTestId}>
      {(rows) => (
        <DataTable
          headers={columns.map((column) => column.header)}
          minWidth={minWidth}
          striped
          highlightOnHover
          testId={testId}
        >
          {rows.map((row) => (
            <Table.Tr key={rowKey(row)} data-testid={rowTestId} {...rowData?.(row)}>
              {columns.map((column) => (
                <Table.Td key={column.key}>{column.cell(row)}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </DataTable>
      )}
    </LoadedList>
  );
}
