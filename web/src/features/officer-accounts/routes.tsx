import { type FeatureRoute, lazyPage, route } from '../../feature-route.ts';
import { guarded } from '../session/index.ts';
import { officerAccountPath } from './paths.ts';

const AccountDetailPage = lazyPage(() => import('./AccountDetailPage.tsx'), 'AccountDetailPage');

export const routes: FeatureRoute[] = [
  route(officerAccountPath(':id'), guarded(<AccountDetailPage />, ['officer', 'admin'])),
];
