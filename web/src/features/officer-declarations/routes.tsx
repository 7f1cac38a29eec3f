import { type FeatureRoute, lazyPage, route } from '../../feature-route.ts';
import { guarded } from '../session/index.ts';
import { inboxPath, overdueReleasesPath, riskProfilesPath } from './paths.ts';

const ComparisonPage = lazyPage(() => import('./ComparisonPage.tsx'), 'ComparisonPage');
const DeclarationPage = lazyPage(() => import('./DeclarationPage.tsx'), 'DeclarationPage');
const InboxPage = lazyPage(() => import('./InboxPage.tsx'), 'InboxPage');
const OverdueReleasesPage = lazyPage(() => import('./OverdueReleasesPage.tsx'), 'OverdueReleasesPage');
const RiskProfilesPage = lazyPage(() => import('./RiskProfilesPage.tsx'), 'RiskProfilesPage');

const staff = ['officer', 'admin'] as const;

export const routes: FeatureRoute[] = [
  route(inboxPath, guarded(<InboxPage />, staff), ['officer', 'officerDeclarations.menu.inbox', 1]),
  route(`${inboxPath}/:number`, guarded(<DeclarationPage />, staff)),
  route(`${inboxPath}/:number/compare`, guarded(<ComparisonPage />, staff)),
  route(overdueReleasesPath, guarded(<OverdueReleasesPage />, staff), [
    'officer',
    'officerDeclarations.menu.overdueReleases',
    2,
  ]),
  route(riskProfilesPath, guarded(<RiskProfilesPage />, ['admin']), [
    'admin',
    'officerDeclarations.menu.riskProfiles',
    30,
  ]),
];
