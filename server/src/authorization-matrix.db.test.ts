import type { LightMyRequestResponse } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from './platform/clock.ts';
import { declaredRoutes } from './platform/http/access-control.ts';
import {
  authorizationDocument,
  type Decision,
  expectedDecision,
  knownHoles,
  routeName,
} from './testing/authorization/expected.ts';
import { builtRoutes, matrixRequest, ownerOf } from './testing/authorization/requests.ts';
import { type Role, roles } from './testing/authorization/roles.ts';
import { type MatrixWorld, prepareMatrixWorld } from './testing/authorization/world.ts';
import { databaseTestSuite } from './testing/database-app.ts';

/**
 * The authorization matrix (issue 14): every route of the real application × every role, each
 * cell a real request with the role's real session against real objects, held to the decision
 * the route's declared access means (testing/authorization/expected.ts). A route that declares
 * no access stops the application before this suite can start it; a route added without a
 * request here that names an object fails below; docs/AUTHORIZATION.md is this matrix in print.
 */
const clock = manualClock(new Date());
const t = await databaseTestSuite(clock);
await t.app.ready();
const routes = declaredRoutes(t.app);
let world: MatrixWorld;

beforeAll(async () => {
  world = await prepareMatrixWorld({ app: t.app, db: t.db, clock, setup: t.setup });
});

/** What happened, when it is not the decision: null when it is. */
function mismatch(expected: Decision, response: LightMyRequestResponse, marker: string | undefined): string | null {
  const { statusCode: status } = response;
  const code = status >= 400 ? (response.json() as { error?: { code?: string } }).error?.code : undefined;
  const answered = `answered ${status}${code ? ` ${code}` : ''}`;
  const shows = marker !== undefined && response.body.includes(marker);
  switch (expected.outcome) {
    case 'allowed':
      if (status === 401 || status === 403 || status === 404) return `expected to be let through, ${answered}`;
      if (marker !== undefined && !shows) return `expected its list to show the object, ${answered} without it`;
      return null;
    case 'refused':
      return status === expected.status && (expected.code === undefined || code === expected.code)
        ? null
        : `expected ${expected.status} ${expected.code ?? ''}, ${answered}`;
    case 'out of scope':
      if (marker !== undefined)
        return status < 400 && !shows ? null : `expected a list without the object, ${answered}`;
      return (status === 404 || status === 403) && !code?.startsWith('AUTH_')
        ? null
        : `expected the object to read as absent (404 or 403), ${answered}`;
  }
}

const holeAt = (route: string, role: Role) => knownHoles.find((h) => h.route === route && h.role === role.id);

/**
 * What is wrong with a route's cells: none when each answers its decision. The refusals go first,
 * all at once, then the callers let through, all at once: a caller let through may change what
 * the others would see (a deleted draft, a decided request).
 */
async function wrongCells(route: (typeof routes)[number]): Promise<string[]> {
  const name = routeName(route);
  const cells = roles
    .filter((role) => !holeAt(name, role))
    .map((role) => ({ role, expected: expectedDecision(route.access!, role, ownerOf(name)) }));
  const judge = async (phase: typeof cells) =>
    Promise.all(
      phase.map(async ({ role, expected }) => {
        const { response, marker } = await ask(route, role);
        const problem = mismatch(expected, response, marker);
        return problem ? [`${role.id}: ${problem}`] : [];
      }),
    );
  const refusals = await judge(cells.filter((cell) => cell.expected.outcome !== 'allowed'));
  const allowed = await judge(cells.filter((cell) => cell.expected.outcome === 'allowed'));
  return [...refusals, ...allowed].flat();
}

async function ask(route: { method: string; url: string }, role: Role) {
  const { marker, ...request } = await matrixRequest(route, role, world, clock);
  return { response: await world.browsers[role.id].request(request), marker };
}

// Log-out ends the caller's session: last, so that every other cell has it.
const inOrder = routes
  .filter((route) => route.method !== 'HEAD')
  .sort((a, b) => Number(a.url === '/api/v1/auth/logout') - Number(b.url === '/api/v1/auth/logout'));

// Every route × every role: the external module answers anyone (REG-2, ACC-4); the internal one
// refuses the anonymous and the password session (ACC-3) and lets each of the ten user types in with
// its signature (REG-3); restricted data reach only whom they concern (ACC-7, ACC-8).
describe('the authorization matrix: the external module open to anyone, the internal one to every user type with its signature, restricted data only to whom it concerns (REG-2, REG-3, ACC-3, ACC-4, ACC-7, ACC-8)', () => {
  it('has a declared access on every route, a HEAD route the same as its GET', () => {
    expect(routes.filter((route) => !route.access).map(routeName)).toEqual([]);
    for (const head of routes.filter((route) => route.method === 'HEAD'))
      expect(routes.find((r) => r.method === 'GET' && r.url === head.url)?.access, head.url).toEqual(head.access);
  });

  it('asks nothing of a route the application does not have', () => {
    const names = new Set(routes.map(routeName));
    expect(builtRoutes().filter((route) => !names.has(route))).toEqual([]);
  });

  it('is printed as docs/AUTHORIZATION.md', async () => {
    await expect(authorizationDocument(routes, ownerOf)).toMatchFileSnapshot('../../docs/AUTHORIZATION.md');
  });

  for (const route of inOrder) {
    it(`${routeName(route)}: ${roles.length} roles`, async () => {
      expect(await wrongCells(route)).toEqual([]);
    });
  }

  for (const hole of knownHoles) {
    const role = roles.find((r) => r.id === hole.role)!;
    it.fails(`known hole, ${hole.route} as ${hole.role}: ${hole.hole}`, async () => {
      const route = routes.find((r) => routeName(r) === hole.route)!;
      const { response, marker } = await ask(route, role);
      expect(mismatch(expectedDecision(route.access!, role, ownerOf(hole.route)), response, marker)).toBeNull();
    });
  }
});
