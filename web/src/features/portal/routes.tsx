import { type FeatureRoute, lazyPage, route } from '../../feature-route.ts';
import { guarded } from '../session/index.ts';
import {
  cabinetSupportPath,
  editorPath,
  legalPath,
  newsPath,
  softwarePath,
  supportPath,
  ticketsPath,
  trainingPath,
} from './paths.ts';

const PortalSectionPage = lazyPage(() => import('./PortalPages.tsx'), 'PortalSectionPage');
const PortalItemPage = lazyPage(() => import('./PortalPages.tsx'), 'PortalItemPage');
const EditorItemPage = lazyPage(() => import('./editor/EditorItemPage.tsx'), 'EditorItemPage');
const EditorListPage = lazyPage(() => import('./editor/EditorListPage.tsx'), 'EditorListPage');
const TicketsPage = lazyPage(() => import('./editor/TicketsPage.tsx'), 'TicketsPage');
const SupportPage = lazyPage(() => import('./SupportPage.tsx'), 'SupportPage');

const admin = ['admin'] as const;

/** The public sections of the portal (ACC-13, WD-34), support (REG-13) and the administrator's editor. */
export const routes: FeatureRoute[] = [
  route(newsPath, <PortalSectionPage kind="news" />, ['public', 'nav.news', 10]),
  route(`${newsPath}/:slug`, <PortalItemPage kind="news" />),
  route(legalPath, <PortalSectionPage kind="legal" />, ['public', 'nav.legal', 30]),
  route(`${legalPath}/:slug`, <PortalItemPage kind="legal" />),
  route(softwarePath, <PortalSectionPage kind="software" />, ['public', 'nav.software', 40]),
  route(trainingPath, <PortalSectionPage kind="training" />, ['public', 'nav.training', 50]),
  route(`${trainingPath}/:slug`, <PortalItemPage kind="training" />),
  route(supportPath, <SupportPage />, ['public', 'nav.support', 60]),
  route(cabinetSupportPath, guarded(<SupportPage />), ['cabinet', 'portal.menu.support', 90]),
  route(editorPath, guarded(<EditorListPage />, admin), ['admin', 'portal.menu.editor', 10]),
  route(ticketsPath, guarded(<TicketsPage />, admin), ['admin', 'portal.menu.tickets', 11]),
  route(`${editorPath}/new/:kind`, guarded(<EditorItemPage key="new" />, admin)),
  route(`${editorPath}/:id`, guarded(<EditorItemPage />, admin)),
];
