import type { FeatureRoute } from '../../feature-routes.ts';
import { guarded } from '../session/index.ts';
import { PaperRequestPage } from './PaperRequestPage.tsx';
import { paperRequestPath, queuePath } from './paths.ts';
import { QueuePage } from './QueuePage.tsx';
import { RequestPage } from './RequestPage.tsx';

const staff = ['officer', 'admin'] as const;

export const routes: FeatureRoute[] = [
  {
    path: queuePath,
    element: guarded(<QueuePage />, staff),
    menu: { area: 'officer', label: 'credentials.menu.queue', order: 10 },
  },
  {
    path: paperRequestPath,
    element: guarded(<PaperRequestPage />, staff),
    menu: { area: 'officer', label: 'credentials.menu.paper', order: 11 },
  },
  {
    path: `${queuePath}/:id`,
    element: guarded(<RequestPage />, staff),
  },
];
