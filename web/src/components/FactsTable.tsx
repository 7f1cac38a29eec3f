import { Table, type TableThProps } from '@mantine/core';
import type { ReactNode } from 'react';

/** One fact: its label, its value, and where a browser test reads it, the value's test id. */
export type Fact = readonly [label: string, value: ReactNode, testId?: string];

interface FactsTableProps {
  facts: readonly Fact[];
  testId?: string;
  /** The width of the labels' column: narrower on a phone. */
  labelWidth?: TableThProps['w'];
}

/** Facts one under another, each label beside its value: an application, an account, a registration. */
export function FactsTable({ facts, testId, labelWidth = { base: 120, sm: 220 } }: FactsTableProps) {
  return (
    <Table variant="vertical" withTableBorder data-testid={testId}>
      <Table.Tbody>
        {facts.map(([label, value, valueTestId]) => (
          <Table.Tr key={label}>
            <Table.Th w={labelWidth}>{label}</Table.Th>
            <Table.Td data-testid={valueTestId} style={{ wordBreak: 'break-word' }}>
              {value}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
