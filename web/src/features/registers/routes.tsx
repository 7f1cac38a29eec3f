import { type FeatureRoute, lazyPage, route } from '../../feature-route.ts';
import { guarded } from '../session/index.ts';
import { registersPath } from './paths.ts';

const RegistersPage = lazyPage(() => import('./RegistersPage.tsx'), 'RegistersPage');

export const routes: FeatureRoute[] = [
  route(registersPath, guarded(<RegistersPage />, ['officer', 'admin']), ['officer', 'registers.menu', 70]),
];
