import type { ReactElement } from 'react';
import type { FeatureRoute } from '../../feature-routes.ts';
import { RequireSession } from '../session/index.ts';
import { DecisionsPage } from './DecisionsPage.tsx';
import { DeclarationPage } from './DeclarationPage.tsx';
import { EditorPage } from './EditorPage.tsx';
import { ListPage } from './ListPage.tsx';
import { decisionsPath, declarationPath, declarationsPath, editorPath, receiptPath, submitPath } from './paths.ts';
import { ReceiptPage } from './ReceiptPage.tsx';
import { SubmitPage } from './SubmitPage.tsx';

const forUsers = (page: ReactElement) => <RequireSession kinds={['user']}>{page}</RequireSession>;

export const routes: FeatureRoute[] = [
  {
    path: declarationsPath,
    element: forUsers(<ListPage />),
    menu: { area: 'cabinet', label: 'declarations.menu.list', order: 10 },
  },
  {
    path: decisionsPath,
    element: forUsers(<DecisionsPage />),
    menu: { area: 'cabinet', label: 'declarations.menu.decisions', order: 11 },
  },
  { path: declarationPath(':id'), element: forUsers(<DeclarationPage />) },
  { path: editorPath(':id'), element: forUsers(<EditorPage />) },
  { path: submitPath(':id'), element: forUsers(<SubmitPage />) },
  { path: receiptPath(':id'), element: forUsers(<ReceiptPage />) },
];
