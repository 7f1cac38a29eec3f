import { type FeatureRoute, route } from '../../feature-routes.ts';
import { guarded } from '../session/index.ts';
import { BankStatementPage } from './BankStatementPage.tsx';
import { FindPayerPage } from './FindPayerPage.tsx';
import { PayerAccountPage } from './PayerAccountPage.tsx';
import { advanceAccountsPath, bankStatementsPath, payerAccountPath } from './paths.ts';

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
