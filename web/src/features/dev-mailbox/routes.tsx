import { type FeatureRoute, lazyPage, route } from '../../feature-route.ts';

const DevMailboxPage = lazyPage(() => import('./DevMailboxPage.tsx'), 'DevMailboxPage');

export const routes: FeatureRoute[] = [route('/dev/mailbox', <DevMailboxPage />)];
