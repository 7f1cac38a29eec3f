import { type FeatureRoute, route } from '../../feature-routes.ts';
import { guarded } from '../session/index.ts';
import { AccountDetailPage } from './AccountDetailPage.tsx';
import { officerAccountPath } from './paths.ts';

export const routes: FeatureRoute[] = [
  route(officerAccountPath(':id'), guarded(<AccountDetailPage />, ['officer', 'admin'])),
];
