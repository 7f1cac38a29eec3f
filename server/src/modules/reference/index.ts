export { referenceRoutes } from './routes.ts';
export { loadReferenceDemoData } from './load-demo-data.ts';
export type { Region } from './schemas.ts';
