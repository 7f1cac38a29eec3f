import { type FeatureRoute, lazyPage, route } from '../../feature-route.ts';
import { guarded } from '../session/index.ts';
import {
  decisionsPath,
  declarationPath,
  declarationsPath,
  editorPath,
  importPath,
  receiptPath,
  submitPath,
} from './paths.ts';

const DecisionsPage = lazyPage(() => import('./DecisionsPage.tsx'), 'DecisionsPage');
const DeclarationPage = lazyPage(() => import('./DeclarationPage.tsx'), 'DeclarationPage');
const EditorPage = lazyPage(() => import('./EditorPage.tsx'), 'EditorPage');
const ImportPage = lazyPage(() => import('./interchange/ImportPage.tsx'), 'ImportPage');
const ListPage = lazyPage(() => import('./ListPage.tsx'), 'ListPage');
const ReceiptPage = lazyPage(() => import('./ReceiptPage.tsx'), 'ReceiptPage');
const SubmitPage = lazyPage(() => import('./SubmitPage.tsx'), 'SubmitPage');

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
