import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Page } from '../../components/Page.tsx';
import { ServerRefusalAlert } from '../../components/ServerRefusalAlert.tsx';
import { Loaded } from '../../data/Loaded.tsx';
import { useAction } from '../../data/use-action.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { cabinetReceiptOrdersPath } from './paths.ts';
import { ReceiptOrderDetails } from './ReceiptOrderDetails.tsx';
import { fetchOwnReceiptOrder, ownPdfUrl, payFromAdvanceAccount } from './receipt-orders-api.ts';

/** One of the recipient's ТПО: its lines, the PDF, and payment from the personal advance account (ACC-14, ACC-20). */
export function CabinetReceiptOrderPage() {
  const { t } = useTranslation();
  const id = useParams().id ?? '';
  const order = useQuery({ queryKey: ['receipt-orders', 'own', id], queryFn: () => fetchOwnReceiptOrder(id) });
  const pay = useAction(payFromAdvanceAccount, [['receipt-orders'], ['advance-account']]);
  return (
    <Page title={t('receiptOrders.cabinet.one')} lead={t('receiptOrders.cabinet.oneLead')} testId="receipt-order-title">
      <Loaded query={order} failedTitle={t('receiptOrders.failed')}>
        {({ receiptOrder }) => (
          <Stack>
            <Group>
              <Anchor component={Link} to={cabinetReceiptOrdersPath}>
                {t('receiptOrders.cabinet.back')}
              </Anchor>
              <Anchor
                href={ownPdfUrl(receiptOrder.id, currentLanguage())}
                target="_blank"
                data-testid="receipt-order-pdf"
              >
                {t('receiptOrders.pdf')}
              </Anchor>
            </Group>
            <ReceiptOrderDetails order={receiptOrder} />
            {receiptOrder.status === 'issued' && (
              <Stack gap="xs">
                <Text size="sm">{t('receiptOrders.cabinet.payHint', { amount: receiptOrder.total })}</Text>
                <Group>
                  <Button
                    loading={pay.pending}
                    onClick={() => void pay.run(receiptOrder.id)}
                    data-testid="receipt-order-pay"
                  >
                    {t('receiptOrders.cabinet.pay')}
                  </Button>
                </Group>
              </Stack>
            )}
            {pay.error !== undefined && (
              <ServerRefusalAlert title={t('receiptOrders.cabinet.payFailed')} error={pay.error} />
            )}
          </Stack>
        )}
      </Loaded>
    </Page>
  );
}
