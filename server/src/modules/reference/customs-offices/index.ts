export { customsOfficeRoutes } from './routes.ts';
