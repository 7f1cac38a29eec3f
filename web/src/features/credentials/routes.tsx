import { type FeatureRoute, route } from '../../feature-routes.ts';
import { guarded } from '../session/index.ts';
import { PaperRequestPage } from './PaperRequestPage.tsx';
import { paperRequestPath, queuePath, unsignedConfirmPath, unsignedRequestPath } from './paths.ts';
import { QueuePage } from './QueuePage.tsx';
import { RequestPage } from './RequestPage.tsx';
import { UnsignedConfirmPage } from './UnsignedConfirmPage.tsx';
import { UnsignedRequestPage } from './UnsignedRequestPage.tsx';

const staff = ['officer', 'admin'] as const;

export const routes: FeatureRoute[] = [
  route(queuePath, guarded(<QueuePage />, staff), ['officer', 'credentials.menu.queue', 10]),
  route(paperRequestPath, guarded(<PaperRequestPage />, staff), ['officer', 'credentials.menu.paper', 11]),
  route(`${queuePath}/:id`, guarded(<RequestPage />, staff)),
  route(unsignedRequestPath, <UnsignedRequestPage />),
  route(unsignedConfirmPath, <UnsignedConfirmPage />),
];
