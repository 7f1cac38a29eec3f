import type { FeatureRoute } from '../../feature-routes.ts';
import { guarded } from '../session/index.ts';
import { DecisionsPage } from './DecisionsPage.tsx';
import { DeclarationPage } from './DeclarationPage.tsx';
import { EditorPage } from './EditorPage.tsx';
import { ListPage } from './ListPage.tsx';
import { decisionsPath, declarationPath, declarationsPath, editorPath, receiptPath, submitPath } from './paths.ts';
import { ReceiptPage } from './ReceiptPage.tsx';
import { SubmitPage } from './SubmitPage.tsx';

const users = ['user'] as const;

export const routes: FeatureRoute[] = [
  {
    path: declarationsPath,
    element: guarded(<ListPage />, users),
    menu: { area: 'cabinet', label: 'declarations.menu.list', order: 10 },
  },
  {
    path: decisionsPath,
    element: guarded(<DecisionsPage />, users),
    menu: { area: 'cabinet', label: 'declarations.menu.decisions', order: 11 },
  },
  { path: declarationPath(':id'), element: guarded(<DeclarationPage />, users) },
  { path: editorPath(':id'), element: guarded(<EditorPage />, users) },
  { path: submitPath(':id'), element: guarded(<SubmitPage />, users) },
  { path: receiptPath(':id'), element: guarded(<ReceiptPage />, users) },
];
