import { type FeatureRoute, route } from '../../feature-routes.ts';
import { guarded } from '../session/index.ts';
import { CabinetReceiptOrderPage } from './CabinetReceiptOrderPage.tsx';
import { CabinetReceiptOrdersPage } from './CabinetReceiptOrdersPage.tsx';
import { OfficerReceiptOrderPage } from './OfficerReceiptOrderPage.tsx';
import { OfficerReceiptOrdersPage } from './OfficerReceiptOrdersPage.tsx';
import { cabinetReceiptOrdersPath, officerReceiptOrdersPath } from './paths.ts';
import { ReceiptOrderCheckPage } from './ReceiptOrderCheckPage.tsx';

export const routes: FeatureRoute[] = [
  // Public: the QR code of a printed ТПО leads here (ACC-21).
  route('/verify/receipt-order', <ReceiptOrderCheckPage />),
  // The recipient's customs receipt orders (ACC-21), paid from the advance account (ACC-14).
  route(cabinetReceiptOrdersPath, guarded(<CabinetReceiptOrdersPage />, ['user']), [
    'cabinet',
    'receiptOrders.menu.cabinet',
    41,
  ]),
  route(`${cabinetReceiptOrdersPath}/:id`, guarded(<CabinetReceiptOrderPage />, ['user'])),
  // The officer issues them and records their payment (ACC-20).
  route(officerReceiptOrdersPath, guarded(<OfficerReceiptOrdersPage />, ['officer']), [
    'officer',
    'receiptOrders.menu.officer',
    40,
  ]),
  route(`${officerReceiptOrdersPath}/:id`, guarded(<OfficerReceiptOrderPage />, ['officer'])),
];
