import { type FeatureRoute, lazyPage, route } from '../../feature-route.ts';
import { guarded } from '../session/index.ts';
import { officerRepresentationsPath, representationsPath } from './paths.ts';

const OfficerRepresentationsPage = lazyPage(
  () => import('./OfficerRepresentationsPage.tsx'),
  'OfficerRepresentationsPage',
);
const RepresentationsPage = lazyPage(() => import('./RepresentationsPage.tsx'), 'RepresentationsPage');

export const routes: FeatureRoute[] = [
  route(representationsPath, guarded(<RepresentationsPage />, ['user']), ['cabinet', 'representation.menu', 85]),
  route(officerRepresentationsPath, guarded(<OfficerRepresentationsPage />, ['officer', 'admin']), [
    'officer',
    'representation.officer.menu',
    75,
  ]),
];
