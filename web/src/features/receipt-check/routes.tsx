import type { FeatureRoute } from '../../feature-routes.ts';
import { ReceiptCheckPage } from './ReceiptCheckPage.tsx';

/** Public: anyone with a receipt's number and hash checks it, no log-in (WD-14). */
export const routes: FeatureRoute[] = [
  { path: '/verify', element: <ReceiptCheckPage />, menu: { area: 'public', label: 'receiptCheck.menu', order: 55 } },
  { path: '/verify/*', element: <ReceiptCheckPage /> },
];
