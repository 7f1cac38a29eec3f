import type { ReactElement } from 'react';
import type { FeatureRoute } from '../../feature-routes.ts';
import { RequireSession } from '../session/index.ts';
import { AccountAccessPage } from './AccountAccessPage.tsx';
import { AccountsPage } from './AccountsPage.tsx';
import { ApplicationPage } from './ApplicationPage.tsx';
import { ApplyPage } from './ApplyPage.tsx';
import { JournalPage } from './JournalPage.tsx';
import { PaperApplicationPage } from './PaperApplicationPage.tsx';
import {
  accountAccessPath,
  accountsPath,
  applicationPath,
  applyPath,
  journalPath,
  paperApplicationPath,
  queuePath,
} from './paths.ts';
import { QueuePage } from './QueuePage.tsx';

const staff = ['officer', 'admin'] as const;
const forStaff = (page: ReactElement) => <RequireSession kinds={staff}>{page}</RequireSession>;

export const routes: FeatureRoute[] = [
  { path: applyPath, element: <ApplyPage />, menu: { area: 'public', label: 'webDeclarant.menu.apply', order: 50 } },
  {
    path: queuePath,
    element: forStaff(<QueuePage />),
    menu: { area: 'officer', label: 'webDeclarant.menu.queue', order: 20 },
  },
  {
    path: paperApplicationPath,
    element: forStaff(<PaperApplicationPage />),
    menu: { area: 'officer', label: 'webDeclarant.menu.paper', order: 21 },
  },
  {
    path: journalPath,
    element: forStaff(<JournalPage />),
    menu: { area: 'officer', label: 'webDeclarant.menu.journal', order: 22 },
  },
  {
    path: accountsPath,
    element: forStaff(<AccountsPage />),
    menu: { area: 'officer', label: 'webDeclarant.menu.accounts', order: 23 },
  },
  { path: applicationPath(':id'), element: forStaff(<ApplicationPage />) },
  { path: accountAccessPath(':id'), element: forStaff(<AccountAccessPage />) },
];
