import type { FeatureRoute, MenuArea } from '../../feature-route.ts';
import { cabinetPath } from '../../navigation.ts';
import type { AccountKind } from './me.ts';

/** Where a user's own pages are: the cabinet for users, the officer's workplace for staff, and administration for administrators. */
export function menuAreasOf(kind: AccountKind): MenuArea[] {
  if (kind === 'user') return ['cabinet'];
  if (kind === 'officer') return ['officer'];
  return ['officer', 'admin'];
}

/** The pages listed in one menu area, in their menu order (then by path). */
export function menuOf(area: MenuArea, routes: readonly FeatureRoute[]): FeatureRoute[] {
  return routes
    .filter((route) => route.menu?.area === area)
    .sort((a, b) => (a.menu!.order ?? 0) - (b.menu!.order ?? 0) || a.path.localeCompare(b.path));
}

/** Where a user lands after log-in when no page asked for them: the first page of their area. */
export function homePathOf(kind: AccountKind, routes: readonly FeatureRoute[]): string {
  if (kind === 'user') return cabinetPath;
  for (const area of menuAreasOf(kind)) {
    const first = menuOf(area, routes)[0];
    if (first) return first.path;
  }
  return '/';
}

/**
 * The page to return to after log-in: only a path of this site, so a crafted `next` cannot send
 * the user to another one.
 */
export function safeNext(next: string | null): string | null {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return null;
  return next;
}
