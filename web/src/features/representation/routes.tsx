import { type FeatureRoute, route } from '../../feature-routes.ts';
import { guarded } from '../session/index.ts';
import { OfficerRepresentationsPage } from './OfficerRepresentationsPage.tsx';
import { officerRepresentationsPath, representationsPath } from './paths.ts';
import { RepresentationsPage } from './RepresentationsPage.tsx';

export const routes: FeatureRoute[] = [
  route(representationsPath, guarded(<RepresentationsPage />, ['user']), ['cabinet', 'representation.menu', 85]),
  route(officerRepresentationsPath, guarded(<OfficerRepresentationsPage />, ['officer', 'admin']), [
    'officer',
    'representation.officer.menu',
    75,
  ]),
];
