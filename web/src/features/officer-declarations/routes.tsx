import type { FeatureRoute } from '../../feature-routes.ts';
import { guarded } from '../session/index.ts';
import { DeclarationPage } from './DeclarationPage.tsx';
import { InboxPage } from './InboxPage.tsx';
import { inboxPath, riskProfilesPath } from './paths.ts';
import { RiskProfilesPage } from './RiskProfilesPage.tsx';

const staff = ['officer', 'admin'] as const;

export const routes: FeatureRoute[] = [
  {
    path: inboxPath,
    element: guarded(<InboxPage />, staff),
    menu: { area: 'officer', label: 'officerDeclarations.menu.inbox', order: 1 },
  },
  { path: `${inboxPath}/:number`, element: guarded(<DeclarationPage />, staff) },
  {
    path: riskProfilesPath,
    element: guarded(<RiskProfilesPage />, ['admin']),
    menu: { area: 'admin', label: 'officerDeclarations.menu.riskProfiles', order: 30 },
  },
];
