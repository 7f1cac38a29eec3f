import type { InjectOptions } from 'fastify';
import { essential, fieldsOf, type JsonSchema } from './json-schema.ts';
import type { RouteUnderTest } from './route-table.ts';

/** Who sends a case: nobody, or a signed-in account of the kind the route serves (with its CSRF token). */
export type Identity = 'anonymous' | 'user' | 'officer' | 'admin';

export type HostileRequest = InjectOptions & { url: string };

export interface HostileCase {
  /** unique and readable: the route, who, where and what */
  name: string;
  /** `METHOD /path` of the route it is aimed at */
  route: string;
  as: Identity;
  /** the request, or how to make it just before it is sent (a signature over a fresh nonce) */
  request: HostileRequest | (() => Promise<HostileRequest>);
  /** where a validation refusal must point when the case aims at one field */
  field?: { in: 'body' | 'querystring' | 'params'; path: string };
  /**
   * `refused` (the default): a 4xx with a code. `judged invalid`: the verify endpoint's answer
   * to a signature it does not accept, a 200 with `valid: false` and a SIG_* code, as documented;
   * XML sent to it may meet either, by where it fails.
   */
  expect?: 'refused' | 'judged invalid' | 'refused or judged invalid';
}

/** The signed-in kind a route serves, by the API's layout: officers' and administrators' routes have their own prefix. */
export function audienceOf(route: RouteUnderTest): Exclude<Identity, 'anonymous'> {
  if (route.url.startsWith('/api/v1/officer/')) return 'officer';
  if (route.url.startsWith('/api/v1/admin/')) return 'admin';
  return 'user';
}

/** Values that name nothing in the database; the first a parameter takes is the one it gets. */
const unknownValues = ['6f1e2d3c-4b5a-4978-8877-665544332211', '99999', '999999', '9999999', '000000000000'];
const unknownValuesLast = ['99999/010125/9999999', 'no-such-thing'];

/** A value of a path parameter that passes its schema but names nothing: the route then answers 404. */
export function unknownValueOf(schema: JsonSchema): string {
  const one = essential(schema);
  // A numeric parameter (a ledger posting's id) names nothing with a large number.
  if (one.type === 'integer' || one.type === 'number') return '999999999';
  const fits = (value: string) =>
    (one.pattern === undefined || new RegExp(one.pattern).test(value)) &&
    (one.maxLength === undefined || value.length <= one.maxLength);
  const found = [...unknownValues, ...unknownValuesLast].find(fits);
  if (!found) throw new Error(`no value that names nothing fits the path parameter schema ${JSON.stringify(schema)}`);
  return found;
}

/** The route's path with its parameters: `values` (raw, already encoded) where given, else values that name nothing. */
export function pathOf(route: RouteUnderTest, values: Readonly<Record<string, string>> = {}): string {
  const params = Object.fromEntries(fieldsOf(route.params));
  return route.url.replace(/:(\w+)|\*$/g, (_whole, name: string | undefined) => {
    if (name === undefined) return 'index.html';
    return values[name] ?? encodeURIComponent(params[name] ? unknownValueOf(params[name]) : 'unknown');
  });
}

export const routeName = (route: RouteUnderTest) => `${route.method} ${route.url}`;

/** Makes the cases of one route and identity, each named after them. */
export function caseMaker(route: RouteUnderTest, as: Identity) {
  return (what: string, request: Omit<HostileRequest, 'method'>, field?: HostileCase['field']): HostileCase => ({
    name: `${routeName(route)} as ${as}: ${what}`,
    route: routeName(route),
    as,
    request: { method: route.method as InjectOptions['method'], ...request },
    ...(field && { field }),
  });
}
