import { type FeatureRoute, lazyPage, route } from '../../feature-route.ts';
import { guarded } from '../session/index.ts';
import {
  accountAccessPath,
  accountsPath,
  applicationPath,
  applyPath,
  journalPath,
  paperApplicationPath,
  queuePath,
} from './paths.ts';

const AccountAccessPage = lazyPage(() => import('./AccountAccessPage.tsx'), 'AccountAccessPage');
const AccountsPage = lazyPage(() => import('./AccountsPage.tsx'), 'AccountsPage');
const ApplicationPage = lazyPage(() => import('./ApplicationPage.tsx'), 'ApplicationPage');
const ApplyPage = lazyPage(() => import('./ApplyPage.tsx'), 'ApplyPage');
const JournalPage = lazyPage(() => import('./JournalPage.tsx'), 'JournalPage');
const PaperApplicationPage = lazyPage(() => import('./PaperApplicationPage.tsx'), 'PaperApplicationPage');
const QueuePage = lazyPage(() => import('./QueuePage.tsx'), 'QueuePage');

const staff = ['officer', 'admin'] as const;

export const routes: FeatureRoute[] = [
  route(applyPath, <ApplyPage />, ['public', 'webDeclarant.menu.apply', 50]),
  route(queuePath, guarded(<QueuePage />, staff), ['officer', 'webDeclarant.menu.queue', 20]),
  route(paperApplicationPath, guarded(<PaperApplicationPage />, staff), ['officer', 'webDeclarant.menu.paper', 21]),
  route(journalPath, guarded(<JournalPage />, staff), ['officer', 'webDeclarant.menu.journal', 22]),
  route(accountsPath, guarded(<AccountsPage />, staff), ['officer', 'webDeclarant.menu.accounts', 23]),
  route(applicationPath(':id'), guarded(<ApplicationPage />, staff)),
  route(accountAccessPath(':id'), guarded(<AccountAccessPage />, staff)),
];
