import { type FeatureRoute, lazyPage, route } from '../../feature-route.ts';

const ReceiptCheckPage = lazyPage(() => import('./ReceiptCheckPage.tsx'), 'ReceiptCheckPage');

/** Public: anyone with a receipt's number and hash checks it, no log-in (WD-14). */
export const routes: FeatureRoute[] = [
  route('/verify', <ReceiptCheckPage />, ['public', 'receiptCheck.menu', 55]),
  route('/verify/*', <ReceiptCheckPage />),
];
