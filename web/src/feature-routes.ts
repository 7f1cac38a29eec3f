import type { FeatureRoute } from './feature-route.ts';

/**
 * Every feature's pages, gathered from features/<name>/routes.tsx (each exports `routes`), so a
 * feature adds its pages without touching App.tsx. Sorted by path so the order is stable.
 */
const modules = import.meta.glob<{ routes: FeatureRoute[] }>('./features/*/routes.tsx', { eager: true });

export const featureRoutes: FeatureRoute[] = Object.values(modules)
  .flatMap((module) => module.routes)
  .sort((a, b) => a.path.localeCompare(b.path));
