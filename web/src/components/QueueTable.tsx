import { LoadedList } from '../data/LoadedList.tsx';
import type { Load } from '../data/load.ts';
import { type Column, type RowIdentity, RowsTable } from './RowsTable.tsx';

interface QueueTableProps<Row> {
  load: Load<readonly Row[]>;
  columns: readonly Column<Row>[];
  row: (row: Row) => RowIdentity;
  /** What shows when the queue could not be read, and when it is empty. */
  texts: { failed: string; empty: string };
  /** Below this width the table scrolls sideways instead of squeezing its columns. */
  minWidth: number;
  /** The test id browser tests find the queue by. */
  testId: string;
  withTableBorder?: boolean;
}

/**
 * A table of rows as every workplace shows one: the server's refusal, "nothing here", or the rows
 * in a striped table that scrolls sideways on a narrow screen.
 */
export function QueueTable<Row>({ load, texts, ...table }: QueueTableProps<Row>) {
  return (
    <LoadedList load={load} failedTitle={texts.failed} emptyText={texts.empty}>
      {(rows) => <RowsTable rows={rows} striped highlightOnHover {...table} />}
    </LoadedList>
  );
}
