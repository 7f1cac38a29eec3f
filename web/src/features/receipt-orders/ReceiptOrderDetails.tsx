import { Badge, Card, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FactsTable } from '../../components/FactsTable.tsx';
import { printedDate, printedTime } from '../../dates.ts';
import { usePrintedAmount } from '../../i18n/use-printed-amount.ts';
import type { ReceiptOrder } from './receipt-orders-api.ts';

const statusColour = { issued: 'yellow', paid: 'green', 'nothing-due': 'teal', annulled: 'gray' } as const;

export function StatusBadge({ status }: { status: ReceiptOrder['status'] }) {
  const { t } = useTranslation();
  return (
    <Badge color={statusColour[status]} variant="light" data-testid="receipt-order-status" data-status={status}>
      {t(`receiptOrders.statuses.${status}`)}
    </Badge>
  );
}

/** A ТПО as both its recipient and the officer read it: the facts, the goods, the lines and the payment. */
export function ReceiptOrderDetails({ order }: { order: ReceiptOrder }) {
  const { t, i18n } = useTranslation();
  const amountOf = usePrintedAmount();
  const payment = order.payment;
  return (
    <Stack>
      <FactsTable
        testId="receipt-order-facts"
        facts={[
          [t('receiptOrders.number'), order.number, 'receipt-order-number'],
          [t('receiptOrders.issuedAt'), printedTime(order.issuedAt, i18n.resolvedLanguage)],
          [t('receiptOrders.office'), order.officeCode],
          [
            t('receiptOrders.recipient'),
            order.recipientName ? `${order.recipientIin}, ${order.recipientName}` : order.recipientIin,
          ],
          [t('receiptOrders.channel'), t(`receiptOrders.channels.${order.channel}`)],
          [t('receiptOrders.calculatedOn'), printedDate(order.calculatedOn)],
          [t('receiptOrders.status'), <StatusBadge key="status" status={order.status} />],
          [t('receiptOrders.total'), t('receiptOrders.tenge', { amount: order.total }), 'receipt-order-total'],
          ...(payment
            ? [
                [
                  t('receiptOrders.payment'),
                  payment.by === 'advance-account'
                    ? t('receiptOrders.paidFromAccount', {
                        at: printedTime(payment.paidAt, i18n.resolvedLanguage),
                        posting: payment.postingId,
                      })
                    : t('receiptOrders.paidByBank', {
                        at: printedTime(payment.paidAt, i18n.resolvedLanguage),
                        number: payment.bankDocument?.number,
                        date: printedDate(payment.bankDocument?.date ?? null),
                      }),
                  'receipt-order-payment',
                ] as const,
              ]
            : []),
          ...(order.annulment
            ? [
                [
                  t('receiptOrders.annulment'),
                  t('receiptOrders.annulledOn', {
                    at: printedTime(order.annulment.at, i18n.resolvedLanguage),
                    reason: order.annulment.reason,
                  }),
                ] as const,
              ]
            : []),
        ]}
      />
      <Card withBorder>
        <Title order={3} size="h4" mb="sm">
          {t('receiptOrders.goods')}
        </Title>
        <Table.ScrollContainer minWidth={560}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('receiptOrders.item.number')}</Table.Th>
                <Table.Th>{t('receiptOrders.item.hsCode')}</Table.Th>
                <Table.Th>{t('receiptOrders.item.originCountry')}</Table.Th>
                <Table.Th ta="right">{t('receiptOrders.item.invoiceValue')}</Table.Th>
                <Table.Th ta="right">{t('receiptOrders.item.netMassKg')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {order.items.map((item, index) => (
                <Table.Tr key={index}>
                  <Table.Td>{index + 1}</Table.Td>
                  <Table.Td>{item.hsCode}</Table.Td>
                  <Table.Td>{item.originCountry ?? '—'}</Table.Td>
                  <Table.Td ta="right">{`${amountOf(item.invoiceValue)} ${item.currency}`}</Table.Td>
                  <Table.Td ta="right">{amountOf(item.netMassKg)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Card>
      <Card withBorder>
        <Title order={3} size="h4" mb="sm">
          {t('receiptOrders.payments')}
        </Title>
        <Table.ScrollContainer minWidth={640}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('receiptOrders.line.type')}</Table.Th>
                <Table.Th>{t('receiptOrders.line.kbk')}</Table.Th>
                <Table.Th ta="right">{t('receiptOrders.line.base')}</Table.Th>
                <Table.Th>{t('receiptOrders.line.rate')}</Table.Th>
                <Table.Th ta="right">{t('receiptOrders.line.amount')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {order.lines.map((line) => (
                <Table.Tr key={line.paymentType} data-testid="receipt-order-line">
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {`${line.paymentType} ${line.paymentTypeName}`}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {line.explanation}
                    </Text>
                  </Table.Td>
                  <Table.Td>{line.kbk}</Table.Td>
                  <Table.Td ta="right">{amountOf(line.base)}</Table.Td>
                  <Table.Td>{line.rateText}</Table.Td>
                  <Table.Td ta="right">{amountOf(line.amount)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Card>
    </Stack>
  );
}
