// How a feature states its pages, apart from feature-routes.ts, which gathers the features' tables:
// a table that imported the gatherer would import itself, and could not be loaded outside a bundle
// (the e-mail links test reads the route table under Node).
import { type ComponentType, type LazyExoticComponent, lazy, type ReactElement } from 'react';

/** A page a feature adds to the app: its path (react-router syntax) and what it shows. */
export interface FeatureRoute {
  path: string;
  element: ReactElement;
  /** Where the page is listed in the menus, if anywhere; `label` is a catalogue key. */
  menu?: { area: MenuArea; label: string; order?: number };
}

/**
 * Menu areas: the public portal, the user's cabinet (logged-in users), the officer's workplace
 * (officers and administrators) and administration (administrators only).
 */
export type MenuArea = 'public' | 'cabinet' | 'officer' | 'admin';

/** Where a menu lists a page: its area, the catalogue key of its label, and its place among the area's pages. */
type MenuPlace = readonly [area: MenuArea, label: string, order?: number];

/** A route as a feature's table states it, one a line: `route(queuePath, guarded(<QueuePage />, staff), ['officer', 'x.menu.queue', 20])`. */
export function route(path: string, element: ReactElement, menu?: MenuPlace): FeatureRoute {
  if (!menu) return { path, element };
  const [area, label, order] = menu;
  return { path, element, menu: order === undefined ? { area, label } : { area, label, order } };
}

/**
 * A page loaded when first shown, so the first page's script carries only what it needs (issue 19
 * point 11): `const ListPage = lazyPage(() => import('./ListPage.tsx'), 'ListPage')`. The layout
 * shows a spinner while it comes.
 */
// biome-ignore lint/suspicious/noExplicitAny: a page takes whatever props its module's component does
export function lazyPage<Name extends string, Module extends Record<Name, ComponentType<any>>>(
  load: () => Promise<Module>,
  name: Name,
): LazyExoticComponent<Module[Name]> {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}
