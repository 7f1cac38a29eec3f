import { type FeatureRoute, route } from '../../feature-routes.ts';
import { ReceiptCheckPage } from './ReceiptCheckPage.tsx';

/** Public: anyone with a receipt's number and hash checks it, no log-in (WD-14). */
export const routes: FeatureRoute[] = [
  route('/verify', <ReceiptCheckPage />, ['public', 'receiptCheck.menu', 55]),
  route('/verify/*', <ReceiptCheckPage />),
];
