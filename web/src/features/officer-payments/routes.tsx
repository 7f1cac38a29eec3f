import { type FeatureRoute, lazyPage, route } from '../../feature-route.ts';
import { guarded } from '../session/index.ts';
import { advanceAccountsPath, bankStatementsPath, payerAccountPath } from './paths.ts';

const BankStatementPage = lazyPage(() => import('./BankStatementPage.tsx'), 'BankStatementPage');
const FindPayerPage = lazyPage(() => import('./FindPayerPage.tsx'), 'FindPayerPage');
const PayerAccountPage = lazyPage(() => import('./PayerAccountPage.tsx'), 'PayerAccountPage');

// The advance account's routes are officers' (ACC-14): an administrator has no customs body to credit money at.
export const routes: FeatureRoute[] = [
  route(advanceAccountsPath, guarded(<FindPayerPage />, ['officer']), ['officer', 'officerPayments.menu.accounts', 30]),
  route(payerAccountPath(':payer'), guarded(<PayerAccountPage />, ['officer'])),
  route(bankStatementsPath, guarded(<BankStatementPage />, ['officer']), [
    'officer',
    'officerPayments.menu.statements',
    31,
  ]),
];
