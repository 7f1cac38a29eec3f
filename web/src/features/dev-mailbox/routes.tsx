import { type FeatureRoute, route } from '../../feature-routes.ts';
import { DevMailboxPage } from './DevMailboxPage.tsx';

export const routes: FeatureRoute[] = [route('/dev/mailbox', <DevMailboxPage />)];
