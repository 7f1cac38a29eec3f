import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page.tsx';
import { QueueTable } from '../../components/QueueTable.tsx';
import { loadOf, mapLoad } from '../../data/load.ts';
import { cabinetReceiptOrderPath } from './paths.ts';
import { useReceiptOrderColumns } from './ReceiptOrderColumns.tsx';
import { fetchOwnReceiptOrders } from './receipt-orders-api.ts';

/** The recipient's customs receipt orders (ACC-21): every ТПО issued to its IIN, newest first. */
export function CabinetReceiptOrdersPage() {
  const { t } = useTranslation();
  const list = useQuery({ queryKey: ['receipt-orders', 'own'], queryFn: fetchOwnReceiptOrders });
  const columns = useReceiptOrderColumns(cabinetReceiptOrderPath);
  return (
    <Page title={t('receiptOrders.cabinet.title')} lead={t('receiptOrders.cabinet.lead')} testId="receipt-orders-title">
      <QueueTable
        load={mapLoad(loadOf(list), (answer) => answer.receiptOrders)}
        columns={columns}
        row={(o) => ({ key: o.id, 'data-status': o.status })}
        texts={{ failed: t('receiptOrders.failed'), empty: t('receiptOrders.none') }}
        minWidth={640}
        testId="receipt-orders"
      />
    </Page>
  );
}
