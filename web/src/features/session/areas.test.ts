import { describe, expect, it } from 'vitest';
import type { FeatureRoute } from '../../feature-route.ts';
import { homePathOf, menuAreasOf, menuOf, safeNext } from './areas.ts';

const page = (path: string, menu?: FeatureRoute['menu']): FeatureRoute => ({ path, element: null as never, menu });

const routes = [
  page('/officer/journal', { area: 'officer', label: 'x.journal', order: 3 }),
  page('/officer/requests', { area: 'officer', label: 'x.requests', order: 1 }),
  page('/admin/users', { area: 'admin', label: 'x.users' }),
  page('/cabinet', { area: 'cabinet', label: 'x.cabinet' }),
  page('/register'),
];

describe('menu areas', () => {
  it('give users the cabinet, officers their workplace, administrators both staff areas', () => {
    expect(menuAreasOf('user')).toEqual(['cabinet']);
    expect(menuAreasOf('officer')).toEqual(['officer']);
    expect(menuAreasOf('admin')).toEqual(['officer', 'admin']);
  });

  it('list an area’s pages in menu order', () => {
    expect(menuOf('officer', routes).map((r) => r.path)).toEqual(['/officer/requests', '/officer/journal']);
    expect(menuOf('public', routes)).toEqual([]);
  });

  it('send users to the cabinet and staff to the first page of their area after log-in', () => {
    expect(homePathOf('user', routes)).toBe('/cabinet');
    expect(homePathOf('officer', routes)).toBe('/officer/requests');
    expect(homePathOf('admin', [page('/admin/users', { area: 'admin', label: 'x' })])).toBe('/admin/users');
    expect(homePathOf('officer', [])).toBe('/');
  });
});

describe('the page to return to after log-in', () => {
  it('is a path of this site only', () => {
    expect(safeNext('/cabinet/profile?tab=1')).toBe('/cabinet/profile?tab=1');
    expect(safeNext('https://evil.example/')).toBeNull();
    expect(safeNext('//evil.example/')).toBeNull();
    expect(safeNext('/\\evil.example')).toBeNull();
    expect(safeNext(null)).toBeNull();
  });
});
