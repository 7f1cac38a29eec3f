import { caseMaker, type HostileCase, type Identity, pathOf } from './hostile-case.ts';
import { injections, unicodeTricks } from './hostile-text.ts';
import {
  essential,
  fieldsOf,
  isConstrainedText,
  isDay,
  type JsonSchema,
  kindOf,
  nearValidText,
} from './json-schema.ts';
import type { RouteUnderTest } from './route-table.ts';

/** Raw (already encoded) path segments no parameter of the API takes. */
const badSegments: Array<[string, string]> = [
  ['path traversal', '..%2F..%2F..%2Fetc%2Fpasswd'],
  ['double-encoded traversal', '..%252F..%252Fetc%252Fpasswd'],
  ['overlong UTF-8 traversal', '%C0%AE%C0%AE%C0%AF'],
  ['invalid percent-encoding', '%E0%A4%A'],
  ['SQL', encodeURIComponent("1' OR '1'='1")],
  ['markup', encodeURIComponent('<script>alert(1)</script>')],
  ['NUL inside', 'abc%00def'],
  ['10,000 characters', 'a'.repeat(10_000)],
];

/**
 * Cases in the address: every path parameter given values it cannot take (and one that names
 * nothing, answered 404), and every query parameter values of the wrong type or with tricks.
 * Every route also gets its own path with a traversal or a NUL after it.
 */
export function addressCases(route: RouteUnderTest, as: Identity): HostileCase[] {
  const make = caseMaker(route, as);
  const cases: HostileCase[] = [
    make('traversal after the path', { url: `${pathOf(route)}/..%2F..%2F..%2Fetc%2Fpasswd` }),
    make('NUL after the path', { url: `${pathOf(route)}%00` }),
  ];
  for (const [name, schema] of fieldsOf(route.params)) {
    const field = { in: 'params' as const, path: name };
    for (const [what, segment] of badSegments)
      cases.push(make(`path parameter ${name}: ${what}`, { url: pathOf(route, { [name]: segment }) }));
    if (isConstrainedText(schema) || kindOf(schema) === 'integer')
      for (const [what, value] of unicodeTricks(nearValidText(schema)))
        cases.push(
          make(`path parameter ${name}: ${what}`, { url: pathOf(route, { [name]: encodeLoosely(value) }) }, field),
        );
    cases.push(make(`path parameter ${name}: a value that names nothing`, { url: pathOf(route) }));
  }
  for (const [name, schema] of fieldsOf(route.query)) cases.push(...queryCases(make, route, name, schema));
  return cases;
}

function queryCases(
  make: ReturnType<typeof caseMaker>,
  route: RouteUnderTest,
  name: string,
  schema: JsonSchema,
): HostileCase[] {
  const field = { in: 'querystring' as const, path: name };
  const one = essential(schema);
  const url = pathOf(route);
  const withValue = (what: string, raw: string) =>
    make(`query ${name}: ${what}`, { url: `${url}?${encodeURIComponent(name)}=${raw}` }, field);
  const cases: HostileCase[] = [withValue('NUL', 'a%00b')];
  switch (kindOf(schema)) {
    case 'integer':
    case 'number':
      cases.push(withValue('not a number', 'abc'));
      cases.push(withValue('1e309', '1e309'));
      cases.push(withValue('99999999999999999999999', '99999999999999999999999'));
      cases.push(withValue('-1', '-1'));
      cases.push(withValue('SQL', encodeURIComponent('1 OR 1=1')));
      break;
    case 'string':
      if (one.maxLength !== undefined)
        cases.push(withValue(`${one.maxLength + 1} characters`, 'x'.repeat(one.maxLength + 1)));
      if (isConstrainedText(schema)) {
        for (const [what, value] of unicodeTricks(nearValidText(schema)).filter(([trick]) => trick !== 'NUL'))
          cases.push(withValue(what, encodeLoosely(value)));
        for (const [what, value] of injections) cases.push(withValue(what, encodeURIComponent(value)));
        if (isDay(schema)) {
          cases.push(withValue('a day of month 99', '2025-99-99'));
          cases.push(withValue('the 31st of February', '2025-02-31'));
        }
      }
      break;
  }
  return cases;
}

/** Percent-encodes text, a lone surrogate as the three bytes UTF-8 would give it (which are not UTF-8). */
function encodeLoosely(text: string): string {
  const lone = /([\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff])/;
  return text
    .split(lone)
    .map((part, index) => (index % 2 === 1 ? '%ED%A0%80' : encodeURIComponent(part)))
    .join('');
}
