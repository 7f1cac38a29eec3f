import { type FeatureRoute, route } from '../../feature-routes.ts';
import { CalculatorPage } from './CalculatorPage.tsx';

/** Public: anyone estimates the customs payments of goods before declaring (ACC-10, ACC-20). */
export const routes: FeatureRoute[] = [
  route('/payments/calculator', <CalculatorPage />, ['public', 'payments.calculator.menu', 50]),
];
