import { addressCases } from './address-cases.ts';
import { bodyCases } from './body-cases.ts';
import { audienceOf, type HostileCase, type Identity } from './hostile-case.ts';
import { rawBodyCases } from './raw-body-cases.ts';
import type { RouteUnderTest } from './route-table.ts';

const casesOf = (route: RouteUnderTest, as: Identity) => [
  ...addressCases(route, as),
  ...bodyCases(route, as),
  ...rawBodyCases(route, as),
];

/**
 * The generated cases of every route: its address, its JSON body or its file. Each is sent once,
 * by nobody or by a signed-in account of the kind the route serves, in turn: both meet every
 * route. With `every` above 1, a route gets one case in that many, a different one for each route
 * in turn, so every kind of case still meets many routes and the suite stays quick (the first two
 * cases of a route, its own path with a traversal and a NUL after it, are always kept). A case's
 * name is unique.
 */
export function routeCases(routes: readonly RouteUnderTest[], every = 1): HostileCase[] {
  const cases = routes.flatMap((route, routeIndex) => {
    const anonymous = casesOf(route, 'anonymous');
    const signedIn = casesOf(route, audienceOf(route));
    const kept = anonymous.map((_, index) => index).filter((index) => index < 2 || (index + routeIndex) % every === 0);
    return kept.map((index, turn) => (turn % 2 === 0 ? anonymous[index]! : signedIn[index]!));
  });
  const names = new Set<string>();
  for (const one of cases) {
    if (names.has(one.name)) throw new Error(`two hostile cases are named ${one.name}`);
    names.add(one.name);
  }
  return cases;
}
