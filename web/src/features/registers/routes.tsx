import { type FeatureRoute, route } from '../../feature-routes.ts';
import { guarded } from '../session/index.ts';
import { registersPath } from './paths.ts';
import { RegistersPage } from './RegistersPage.tsx';

export const routes: FeatureRoute[] = [
  route(registersPath, guarded(<RegistersPage />, ['officer', 'admin']), ['officer', 'registers.menu', 70]),
];
