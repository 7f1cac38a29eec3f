/** The TN VED EAEU nomenclature (issue 5): dated nodes, import, search and the public routes. */

export type { NomenclatureLevel, NomenclatureName } from '@shekara/contracts/reference/tnved';
export { loadNomenclatureDemoData } from './load-demo-data.ts';
export { findNode } from './repository.ts';
export { nomenclatureRoutes } from './routes.ts';
export { type SearchHit, searchNomenclature } from './search.ts';
