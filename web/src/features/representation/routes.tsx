import { type FeatureRoute, route } from '../../feature-routes.ts';
import { guarded } from '../session/index.ts';
import { representationsPath } from './paths.ts';
import { RepresentationsPage } from './RepresentationsPage.tsx';

export const routes: FeatureRoute[] = [
  route(representationsPath, guarded(<RepresentationsPage />, ['user']), ['cabinet', 'representation.menu', 85]),
];
