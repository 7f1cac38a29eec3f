import type { FeatureRoute } from '../../feature-routes.ts';
import { DevMailboxPage } from './DevMailboxPage.tsx';

export const routes: FeatureRoute[] = [{ path: '/dev/mailbox', element: <DevMailboxPage /> }];
