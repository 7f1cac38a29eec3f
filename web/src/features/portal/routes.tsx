import type { FeatureRoute } from '../../feature-routes.ts';
import { guarded } from '../session/index.ts';
import { EditorItemPage } from './editor/EditorItemPage.tsx';
import { EditorListPage } from './editor/EditorListPage.tsx';
import { TicketsPage } from './editor/TicketsPage.tsx';
import { PortalItemPage, PortalSectionPage } from './PortalPages.tsx';
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
import { SupportPage } from './SupportPage.tsx';

const admin = ['admin'] as const;

/** The public sections of the portal (ACC-13, WD-34), support (REG-13) and the administrator's editor. */
export const routes: FeatureRoute[] = [
  {
    path: newsPath,
    element: <PortalSectionPage kind="news" />,
    menu: { area: 'public', label: 'nav.news', order: 10 },
  },
  { path: `${newsPath}/:slug`, element: <PortalItemPage kind="news" /> },
  {
    path: legalPath,
    element: <PortalSectionPage kind="legal" />,
    menu: { area: 'public', label: 'nav.legal', order: 30 },
  },
  { path: `${legalPath}/:slug`, element: <PortalItemPage kind="legal" /> },
  {
    path: softwarePath,
    element: <PortalSectionPage kind="software" />,
    menu: { area: 'public', label: 'nav.software', order: 40 },
  },
  {
    path: trainingPath,
    element: <PortalSectionPage kind="training" />,
    menu: { area: 'public', label: 'nav.training', order: 50 },
  },
  { path: `${trainingPath}/:slug`, element: <PortalItemPage kind="training" /> },
  { path: supportPath, element: <SupportPage />, menu: { area: 'public', label: 'nav.support', order: 60 } },
  {
    path: cabinetSupportPath,
    element: guarded(<SupportPage />),
    menu: { area: 'cabinet', label: 'portal.menu.support', order: 90 },
  },
  {
    path: editorPath,
    element: guarded(<EditorListPage />, admin),
    menu: { area: 'admin', label: 'portal.menu.editor', order: 10 },
  },
  {
    path: ticketsPath,
    element: guarded(<TicketsPage />, admin),
    menu: { area: 'admin', label: 'portal.menu.tickets', order: 11 },
  },
  {
    path: `${editorPath}/new/:kind`,
    element: guarded(<EditorItemPage key="new" />, admin),
  },
  {
    path: `${editorPath}/:id`,
    element: guarded(<EditorItemPage />, admin),
  },
];
