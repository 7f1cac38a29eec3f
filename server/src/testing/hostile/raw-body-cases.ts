import { caseMaker, type HostileCase, type Identity, pathOf } from './hostile-case.ts';
import { hostileXml } from './hostile-xml.ts';
import type { RouteUnderTest } from './route-table.ts';

/**
 * The cases of a route whose body is a file (raw-body routes): JSON and markup where a file is
 * expected, a file above the route's limit, and, where the route reads XML, hostile XML. The path
 * names nothing (or the query lacks the file's name), so nothing may be stored even if read.
 */
export function rawBodyCases(route: RouteUnderTest, as: Identity): HostileCase[] {
  if (route.takesJson || route.method === 'GET') return [];
  const make = caseMaker(route, as);
  const url = pathOf(route);
  const type = route.rawType ?? 'application/octet-stream';
  const cases = [
    make('JSON where a file is expected', {
      url,
      headers: { 'content-type': 'application/json' },
      payload: '{"a":1}',
    }),
    make('HTML where a file is expected', {
      url,
      headers: { 'content-type': 'text/html' },
      payload: '<script>alert(1)</script>',
    }),
    make(`a file above the route's limit (${route.bodyLimit} bytes)`, {
      url,
      headers: { 'content-type': type },
      payload: Buffer.alloc(route.bodyLimit + 1, 0x41),
    }),
    make('no content type', { url, payload: Buffer.from('%PDF-1.7') }),
  ];
  if (type === 'application/xml')
    for (const [what, xml] of hostileXml)
      cases.push(make(`XML: ${what}`, { url, headers: { 'content-type': type }, payload: xml }));
  return cases;
}
