import { type FeatureRoute, lazyPage, route } from '../../feature-route.ts';
import { guarded } from '../session/index.ts';
import { passengerDeclarationPath } from './paths.ts';

const PassengerDeclarationPage = lazyPage(() => import('./PassengerDeclarationPage.tsx'), 'PassengerDeclarationPage');

export const routes: FeatureRoute[] = [
  // A traveller's goods for personal use, declared and paid from the cabinet (ACC-10, ACC-15, ACC-20).
  route(passengerDeclarationPath, guarded(<PassengerDeclarationPage />, ['user']), ['cabinet', 'passenger.menu', 12]),
];
