export { classifierRoutes } from './routes.ts';
export { loadClassifierDemoData } from './load-demo-data.ts';
export { classifierItemsAt } from './items-at.ts';
export { classifierNames, type ClassifierItem, type ClassifierName } from '@shekara/contracts/reference';
export { declarationKinds, type DeclarationKind } from '@shekara/contracts/reference/classifiers';
