import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Column } from '../../components/RowsTable.tsx';
import { printedTime } from '../../dates.ts';
import { usePrintedAmount } from '../../i18n/use-printed-amount.ts';
import { StatusBadge } from './ReceiptOrderDetails.tsx';
import type { ReceiptOrderSummary } from './receipt-orders-api.ts';

/** The columns of a list of ТПО, each number a link to its page. */
export function useReceiptOrderColumns(pathOf: (id: string) => string): Column<ReceiptOrderSummary>[] {
  const { t, i18n } = useTranslation();
  const amountOf = usePrintedAmount();
  return [
    {
      key: 'number',
      header: t('receiptOrders.number'),
      cell: (o) => (
        <Anchor component={Link} to={pathOf(o.id)} data-testid="receipt-order-link">
          {o.number}
        </Anchor>
      ),
    },
    {
      key: 'issuedAt',
      header: t('receiptOrders.issuedAt'),
      cell: (o) => printedTime(o.issuedAt, i18n.resolvedLanguage),
    },
    { key: 'recipient', header: t('receiptOrders.recipient'), cell: (o) => o.recipientIin },
    { key: 'channel', header: t('receiptOrders.channel'), cell: (o) => t(`receiptOrders.channels.${o.channel}`) },
    { key: 'total', header: t('receiptOrders.totalShort'), cell: (o) => amountOf(o.total), align: 'right' },
    { key: 'status', header: t('receiptOrders.status'), cell: (o) => <StatusBadge status={o.status} /> },
  ];
}
