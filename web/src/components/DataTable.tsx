import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

interface DataTableProps {
  /** The column headings, in order; an empty one heads a column of buttons. */
  headers: readonly ReactNode[];
  /** Below this width the table scrolls sideways instead of squeezing its columns. */
  minWidth: number;
  /** The test id browser tests find the table by. */
  testId?: string;
  striped?: boolean;
  highlightOnHover?: boolean;
  /** The rows (Table.Tr). */
  children: ReactNode;
}

/** A table as every page shows one: headed columns, scrolling sideways on a narrow screen. */
export function DataTable({ headers, minWidth, testId, striped, highlightOnHover, children }: DataTableProps) {
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table striped={striped} highlightOnHover={highlightOnHover} data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            {headers.map((header, index) => (
              <Table.Th key={index}>{header}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>{children}</Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
