import { type FeatureRoute, lazyPage, route } from '../../feature-route.ts';
import { guarded } from '../session/index.ts';
import { paperRequestPath, queuePath, unsignedConfirmPath, unsignedRequestPath } from './paths.ts';

const PaperRequestPage = lazyPage(() => import('./PaperRequestPage.tsx'), 'PaperRequestPage');
const QueuePage = lazyPage(() => import('./QueuePage.tsx'), 'QueuePage');
const RequestPage = lazyPage(() => import('./RequestPage.tsx'), 'RequestPage');
const UnsignedConfirmPage = lazyPage(() => import('./UnsignedConfirmPage.tsx'), 'UnsignedConfirmPage');
const UnsignedRequestPage = lazyPage(() => import('./UnsignedRequestPage.tsx'), 'UnsignedRequestPage');

const staff = ['officer', 'admin'] as const;

export const routes: FeatureRoute[] = [
  route(queuePath, guarded(<QueuePage />, staff), ['officer', 'credentials.menu.queue', 10]),
  route(paperRequestPath, guarded(<PaperRequestPage />, staff), ['officer', 'credentials.menu.paper', 11]),
  route(`${queuePath}/:id`, guarded(<RequestPage />, staff)),
  route(unsignedRequestPath, <UnsignedRequestPage />),
  route(unsignedConfirmPath, <UnsignedConfirmPage />),
];
