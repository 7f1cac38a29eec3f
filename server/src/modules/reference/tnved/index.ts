/** The TN VED EAEU nomenclature (issue 5): dated nodes, import, search and the public routes. */
export { nomenclatureRoutes } from './routes.ts';
export { loadNomenclatureDemoData } from './load-demo-data.ts';
export { searchNomenclature, type SearchHit } from './search.ts';
export { findNode } from './repository.ts';
export type { NomenclatureLevel, NomenclatureName } from '@shekara/contracts/reference/tnved';
