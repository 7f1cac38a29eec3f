import type { FeatureRoute } from '../../feature-routes.ts';
import { cabinetPath, loginPath, passwordChangePath, registerPath } from '../../navigation.ts';
import { guarded } from '../session/index.ts';
import { CabinetPage } from './CabinetPage.tsx';
import { ConfirmPage } from './ConfirmPage.tsx';
import { LoginPage } from './LoginPage.tsx';
import { PasswordChangePage } from './PasswordChangePage.tsx';
import { ProfilePage } from './ProfilePage.tsx';
import { confirmPath, profilePath } from './paths.ts';
import { RegisterPage } from './RegisterPage.tsx';

export const routes: FeatureRoute[] = [
  { path: registerPath, element: <RegisterPage /> },
  { path: confirmPath, element: <ConfirmPage /> },
  { path: loginPath, element: <LoginPage /> },
  {
    path: cabinetPath,
    element: guarded(<CabinetPage />),
    menu: { area: 'cabinet', label: 'account.menu.cabinet', order: 0 },
  },
  {
    path: profilePath,
    element: guarded(<ProfilePage />),
    menu: { area: 'cabinet', label: 'account.menu.profile', order: 90 },
  },
  {
    path: passwordChangePath,
    element: guarded(<PasswordChangePage />),
  },
];
