import { type FeatureRoute, lazyPage, route } from '../../feature-route.ts';
import { cabinetPath, loginPath, passwordChangePath, registerPath } from '../../navigation.ts';
import { guarded } from '../session/index.ts';
import { confirmPath, dataReadsPath, profilePath } from './paths.ts';

const CabinetPage = lazyPage(() => import('./CabinetPage.tsx'), 'CabinetPage');
const ConfirmPage = lazyPage(() => import('./ConfirmPage.tsx'), 'ConfirmPage');
const DataReadsPage = lazyPage(() => import('./DataReadsPage.tsx'), 'DataReadsPage');
const LoginPage = lazyPage(() => import('./LoginPage.tsx'), 'LoginPage');
const PasswordChangePage = lazyPage(() => import('./PasswordChangePage.tsx'), 'PasswordChangePage');
const ProfilePage = lazyPage(() => import('./ProfilePage.tsx'), 'ProfilePage');
const RegisterPage = lazyPage(() => import('./RegisterPage.tsx'), 'RegisterPage');

export const routes: FeatureRoute[] = [
  route(registerPath, <RegisterPage />),
  route(confirmPath, <ConfirmPage />),
  route(loginPath, <LoginPage />),
  route(cabinetPath, guarded(<CabinetPage />), ['cabinet', 'account.menu.cabinet', 0]),
  route(profilePath, guarded(<ProfilePage />), ['cabinet', 'account.menu.profile', 90]),
  route(dataReadsPath, guarded(<DataReadsPage />, ['user']), ['cabinet', 'account.menu.dataReads', 95]),
  route(passwordChangePath, guarded(<PasswordChangePage />)),
];
