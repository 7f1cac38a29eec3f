import type { FeatureRoute } from '../../feature-routes.ts';
import { guarded } from '../session/index.ts';
import { AccountDetailPage } from './AccountDetailPage.tsx';
import { officerAccountPath } from './paths.ts';

export const routes: FeatureRoute[] = [
  {
    path: officerAccountPath(':id'),
    element: guarded(<AccountDetailPage />, ['officer', 'admin']),
  },
];
