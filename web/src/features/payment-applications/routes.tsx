import { type FeatureRoute, lazyPage, route } from '../../feature-route.ts';
import { guarded } from '../session/index.ts';
import { cabinetApplicationsPath, officerApplicationsPath, officerOverduePath } from './paths.ts';

const CabinetApplicationsPage = lazyPage(() => import('./CabinetApplicationsPage.tsx'), 'CabinetApplicationsPage');
const OfficerApplicationsPage = lazyPage(() => import('./OfficerApplicationsPage.tsx'), 'OfficerApplicationsPage');
const OverduePage = lazyPage(() => import('./OverduePage.tsx'), 'OverduePage');

export const routes: FeatureRoute[] = [
  // The payer's applications about money, their decisions and the payment-due notices (ACC-21, ACC-14).
  route(cabinetApplicationsPath, guarded(<CabinetApplicationsPage />, ['user']), [
    'cabinet',
    'paymentApplications.menu.cabinet',
    41,
  ]),
  // The officer decides deferrals, instalments and refunds; sees what is overdue (WD-16).
  route(officerApplicationsPath, guarded(<OfficerApplicationsPage />, ['officer']), [
    'officer',
    'paymentApplications.menu.officer',
    40,
  ]),
  route(officerOverduePath, guarded(<OverduePage />, ['officer']), ['officer', 'paymentApplications.menu.overdue', 41]),
];
