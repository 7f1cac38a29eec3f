import { type FeatureRoute, route } from '../../feature-routes.ts';
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
  route(applyPath, <ApplyPage />, ['public', 'webDeclarant.menu.apply', 50]),
  route(queuePath, guarded(<QueuePage />, staff), ['officer', 'webDeclarant.menu.queue', 20]),
  route(paperApplicationPath, guarded(<PaperApplicationPage />, staff), ['officer', 'webDeclarant.menu.paper', 21]),
  route(journalPath, guarded(<JournalPage />, staff), ['officer', 'webDeclarant.menu.journal', 22]),
  route(accountsPath, guarded(<AccountsPage />, staff), ['officer', 'webDeclarant.menu.accounts', 23]),
  route(applicationPath(':id'), guarded(<ApplicationPage />, staff)),
  route(accountAccessPath(':id'), guarded(<AccountAccessPage />, staff)),
];
