import type { ReactElement } from 'react';
import type { FeatureRoute } from '../../feature-routes.ts';
import { RequireSession } from '../session/index.ts';
import { DeclarationPage } from './DeclarationPage.tsx';
import { InboxPage } from './InboxPage.tsx';
import { inboxPath, riskProfilesPath } from './paths.ts';
import { RiskProfilesPage } from './RiskProfilesPage.tsx';

const forStaff = (page: ReactElement) => <RequireSession kinds={['officer', 'admin']}>{page}</RequireSession>;

export const routes: FeatureRoute[] = [
  {
    path: inboxPath,
    element: forStaff(<InboxPage />),
    menu: { area: 'officer', label: 'officerDeclarations.menu.inbox', order: 1 },
  },
  { path: `${inboxPath}/:number`, element: forStaff(<DeclarationPage />) },
  {
    path: riskProfilesPath,
    element: (
      <RequireSession kinds={['admin']}>
        <RiskProfilesPage />
      </RequireSession>
    ),
    menu: { area: 'admin', label: 'officerDeclarations.menu.riskProfiles', order: 30 },
  },
];
