export { type ClassifierItem, type ClassifierName, classifierNames } from '@shekara/contracts/reference';
export { type DeclarationKind, declarationKinds } from '@shekara/contracts/reference/classifiers';
export { classifierItemsAt } from './items-at.ts';
export { loadClassifierDemoData } from './load-demo-data.ts';
export { classifierRoutes } from './routes.ts';
