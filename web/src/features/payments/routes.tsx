import { type FeatureRoute, lazyPage, route } from '../../feature-route.ts';
import { guarded } from '../session/index.ts';

const AdvanceAccountPage = lazyPage(() => import('./AdvanceAccountPage.tsx'), 'AdvanceAccountPage');
const CalculatorPage = lazyPage(() => import('./CalculatorPage.tsx'), 'CalculatorPage');

export const routes: FeatureRoute[] = [
  // Public: anyone estimates the customs payments of goods before declaring (ACC-10).
  route('/payments/calculator', <CalculatorPage />, ['public', 'payments.calculator.menu', 50]),
  // The payer's personal advance account (ACC-14).
  route('/cabinet/advance-account', guarded(<AdvanceAccountPage />, ['user']), [
    'cabinet',
    'payments.account.menu',
    40,
  ]),
];
