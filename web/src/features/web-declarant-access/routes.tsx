import type { FeatureRoute } from '../../feature-routes.ts';
import { guarded } from '../session/index.ts';
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

export const routes: FeatureRoute[] = [
  { path: applyPath, element: <ApplyPage />, menu: { area: 'public', label: 'webDeclarant.menu.apply', order: 50 } },
  {
    path: queuePath,
    element: guarded(<QueuePage />, staff),
    menu: { area: 'officer', label: 'webDeclarant.menu.queue', order: 20 },
  },
  {
    path: paperApplicationPath,
    element: guarded(<PaperApplicationPage />, staff),
    menu: { area: 'officer', label: 'webDeclarant.menu.paper', order: 21 },
  },
  {
    path: journalPath,
    element: guarded(<JournalPage />, staff),
    menu: { area: 'officer', label: 'webDeclarant.menu.journal', order: 22 },
  },
  {
    path: accountsPath,
    element: guarded(<AccountsPage />, staff),
    menu: { area: 'officer', label: 'webDeclarant.menu.accounts', order: 23 },
  },
  { path: applicationPath(':id'), element: guarded(<ApplicationPage />, staff) },
  { path: accountAccessPath(':id'), element: guarded(<AccountAccessPage />, staff) },
];
