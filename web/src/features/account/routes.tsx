import { type FeatureRoute, route } from '../../feature-routes.ts';
import { cabinetPath, loginPath, passwordChangePath, registerPath } from '../../navigation.ts';
import { guarded } from '../session/index.ts';
import { CabinetPage } from './CabinetPage.tsx';
import { ConfirmPage } from './ConfirmPage.tsx';
import { DataReadsPage } from './DataReadsPage.tsx';
import { LoginPage } from './LoginPage.tsx';
import { PasswordChangePage } from './PasswordChangePage.tsx';
import { ProfilePage } from './ProfilePage.tsx';
import { confirmPath, dataReadsPath, profilePath } from './paths.ts';
import { RegisterPage } from './RegisterPage.tsx';

export const routes: FeatureRoute[] = [
  route(registerPath, <RegisterPage />),
  route(confirmPath, <ConfirmPage />),
  route(loginPath, <LoginPage />),
  route(cabinetPath, guarded(<CabinetPage />), ['cabinet', 'account.menu.cabinet', 0]),
  route(profilePath, guarded(<ProfilePage />), ['cabinet', 'account.menu.profile', 90]),
  route(dataReadsPath, guarded(<DataReadsPage />, ['user']), ['cabinet', 'account.menu.dataReads', 95]),
  route(passwordChangePath, guarded(<PasswordChangePage />)),
];
