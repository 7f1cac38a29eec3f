import type { TableTdProps } from '@mantine/core';

/** A SHA-256 in a table cell: small monospace, broken anywhere so the long hex does not widen the table. */
export const digestCell: TableTdProps = { ff: 'monospace', fz: 'xs', style: { wordBreak: 'break-all' } };
