import { type FeatureRoute, route } from '../../feature-routes.ts';
import { guarded } from '../session/index.ts';
import { DecisionsPage } from './DecisionsPage.tsx';
import { DeclarationPage } from './DeclarationPage.tsx';
import { EditorPage } from './EditorPage.tsx';
import { ImportPage } from './interchange/ImportPage.tsx';
import { ListPage } from './ListPage.tsx';
import {
  decisionsPath,
  declarationPath,
  declarationsPath,
  editorPath,
  importPath,
  receiptPath,
  submitPath,
} from './paths.ts';
import { ReceiptPage } from './ReceiptPage.tsx';
import { SubmitPage } from './SubmitPage.tsx';

const users = ['user'] as const;

export const routes: FeatureRoute[] = [
  route(declarationsPath, guarded(<ListPage />, users), ['cabinet', 'declarations.menu.list', 10]),
  route(decisionsPath, guarded(<DecisionsPage />, users), ['cabinet', 'declarations.menu.decisions', 11]),
  route(importPath, guarded(<ImportPage />, users)),
  route(declarationPath(':id'), guarded(<DeclarationPage />, users)),
  route(editorPath(':id'), guarded(<EditorPage />, users)),
  route(submitPath(':id'), guarded(<SubmitPage />, users)),
  route(receiptPath(':id'), guarded(<ReceiptPage />, users)),
];
