/** The TN VED EAEU nomenclature (issue 5): dated nodes, import, search and the public routes. */

export { nomenclatureRoutes } from './routes.ts';
