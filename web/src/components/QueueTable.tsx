import { Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Load } from '../data/load.ts';
import { ServerRefusalAlert } from './ServerRefusalAlert.tsx';

/** One column of an officer's queue: its heading and what a row shows in it. */
export interface QueueColumn<Row> {
  key: string;
  header: ReactNode;
  cell: (row: Row) => ReactNode;
}

interface QueueTableProps<Row> {
  load: Load<Row[]>;
  columns: readonly QueueColumn<Row>[];
  rowKey: (row: Row) => string;
  /** The title of the refusal shown when the queue could not be read. */
  failedTitle: string;
  emptyText: string;
  /** Below this width the table scrolls sideways instead of squeezing its columns. */
  minWidth: number;
  /** Test ids of the table and of each row, which browser tests find the queue by. */
  testId: string;
  rowTestId: string;
  /** Extra data-* attributes of a row (e.g. its number), so a test can pick one row. */
  rowData?: (row: Row) => Record<`data-${string}`, string>;
}

/**
 * An officer's queue as every workplace shows one: the server's refusal, "nothing here", or the
 * rows in a striped table that scrolls sideways on a narrow screen. While the queue reloads the
 * previous answer is not kept, as the pages did before they shared this table.
 */
export function QueueTable<Row>({ load, columns, rowKey, failedTitle, emptyText, minWidth, testId, rowTestId, rowData }: QueueTableProps<Row>) {
  if (load.state === 'failed') return <ServerRefusalAlert title={failedTitle} error={load.error} />;
  if (load.state !== 'ready') return null;
  if (load.value.length === 0) return <Text c="dimmed">{emptyText}</Text>;
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table striped highlightOnHover data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <Table.Th key={column.key}>{column.header}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {load.value.map((row) => (
            <Table.Tr key={rowKey(row)} data-testid={rowTestId} {...rowData?.(row)}>
              {columns.map((column) => (
                <Table.Td key={column.key}>{column.cell(row)}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
