import { type FeatureRoute, lazyPage, route } from '../../feature-route.ts';
import { guarded } from '../session/index.ts';
import { cabinetReceiptOrdersPath, officerReceiptOrdersPath } from './paths.ts';

const CabinetReceiptOrderPage = lazyPage(() => import('./CabinetReceiptOrderPage.tsx'), 'CabinetReceiptOrderPage');
const CabinetReceiptOrdersPage = lazyPage(() => import('./CabinetReceiptOrdersPage.tsx'), 'CabinetReceiptOrdersPage');
const OfficerReceiptOrderPage = lazyPage(() => import('./OfficerReceiptOrderPage.tsx'), 'OfficerReceiptOrderPage');
const OfficerReceiptOrdersPage = lazyPage(() => import('./OfficerReceiptOrdersPage.tsx'), 'OfficerReceiptOrdersPage');
const ReceiptOrderCheckPage = lazyPage(() => import('./ReceiptOrderCheckPage.tsx'), 'ReceiptOrderCheckPage');

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
