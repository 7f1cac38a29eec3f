import type { FeatureRoute } from '../../feature-routes.ts';
import { RequireSession } from '../session/index.ts';
import { PaperRequestPage } from './PaperRequestPage.tsx';
import { paperRequestPath, queuePath } from './paths.ts';
import { QueuePage } from './QueuePage.tsx';
import { RequestPage } from './RequestPage.tsx';

const staff = ['officer', 'admin'] as const;

export const routes: FeatureRoute[] = [
  {
    path: queuePath,
    element: (
      <RequireSession kinds={staff}>
        <QueuePage />
      </RequireSession>
    ),
    menu: { area: 'officer', label: 'credentials.menu.queue', order: 10 },
  },
  {
    path: paperRequestPath,
    element: (
      <RequireSession kinds={staff}>
        <PaperRequestPage />
      </RequireSession>
    ),
    menu: { area: 'officer', label: 'credentials.menu.paper', order: 11 },
  },
  {
    path: `${queuePath}/:id`,
    element: (
      <RequireSession kinds={staff}>
        <RequestPage />
      </RequireSession>
    ),
  },
];
