import { type FeatureRoute, route } from '../../feature-routes.ts';
import { guarded } from '../session/index.ts';
import { DeclarationPage } from './DeclarationPage.tsx';
import { InboxPage } from './InboxPage.tsx';
import { OverdueReleasesPage } from './OverdueReleasesPage.tsx';
import { inboxPath, overdueReleasesPath, riskProfilesPath } from './paths.ts';
import { RiskProfilesPage } from './RiskProfilesPage.tsx';

const staff = ['officer', 'admin'] as const;

export const routes: FeatureRoute[] = [
  route(inboxPath, guarded(<InboxPage />, staff), ['officer', 'officerDeclarations.menu.inbox', 1]),
  route(`${inboxPath}/:number`, guarded(<DeclarationPage />, staff)),
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
