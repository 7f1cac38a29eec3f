import { accessInWords, needsSignatureSession, type RouteAccess } from '../../platform/http/access.ts';
import type { DeclaredRoute } from '../../platform/http/access-control.ts';
import { type Role, type RoleId, roles } from './roles.ts';

/**
 * What a role gets from a route, derived from the route's declared access alone: the matrix test
 * holds the real answers to this, and docs/AUTHORIZATION.md prints it.
 *
 * - allowed: let through (any answer but a refusal, and the objects it names are shown);
 * - refused: turned away with 401 or 403, with `code` when the session guard refuses;
 * - out of scope: the object is not theirs: 404 (or 403) when the request names it, left out of a list.
 */
export type Decision =
  | { outcome: 'allowed' }
  | { outcome: 'refused'; status: 401 | 403 | 422; code?: string }
  | { outcome: 'out of scope' };

const allowed: Decision = { outcome: 'allowed' };
const outOfScope: Decision = { outcome: 'out of scope' };
const refused = (status: 401 | 403 | 422, code?: string): Decision => ({ outcome: 'refused', status, code });

const admitted: Record<Exclude<RouteAccess['audience'], 'anyone'>, readonly Role['kind'][]> = {
  account: ['user', 'officer', 'admin'],
  user: ['user'],
  staff: ['officer', 'admin'],
  officer: ['officer'],
  administrator: ['admin'],
};

/**
 * The decision for `role` on a route declaring `access` whose objects are `owner`'s (the
 * declarant's unless the route's request says otherwise), in the order the guard and then the
 * handler judge.
 */
export function expectedDecision(access: RouteAccess, role: Role, owner: RoleId = 'decl'): Decision {
  if (access.audience === 'anyone') return allowed;
  if (role.kind === 'anonymous') return refused(401, 'AUTH_REQUIRED');
  if (role.oneTimePassword && !access.beforePasswordChange) return refused(403, 'AUTH_PASSWORD_CHANGE_REQUIRED');
  if (!admitted[access.audience].includes(role.kind)) return refused(403, 'AUTH_FORBIDDEN');
  if (role.passwordOnly && needsSignatureSession(access)) return refused(403, 'AUTH_SIGNATURE_REQUIRED');
  if (access.userTypes && !(role.userType && access.userTypes.includes(role.userType))) return refused(403);
  // The declarant never confirmed it (issue 14 point 1): control's identity rule refuses the signature.
  if (access.actsForDeclarant && role.unconfirmedPrincipal) return refused(422, 'DECL_CONTROL_FAILED');
  if (!access.object) return allowed;
  const own =
    access.object === 'own-body'
      ? role.kind === 'admin' || role.body === 'objects'
      : role.id === owner || (role.passwordOnly === true && owner === 'decl');
  return own ? allowed : outOfScope;
}

/** A cell whose expected decision the code does not yet give: the test expects it to fail, naming why. */
export interface KnownHole {
  route: string;
  role: RoleId;
  hole: string;
}

export const knownHoles: readonly KnownHole[] = [];

export const routeName = (route: Pick<DeclaredRoute, 'method' | 'url'>) => `${route.method} ${route.url}`;

const cellText = (decision: Decision): string =>
  decision.outcome === 'allowed' ? 'ok' : decision.outcome === 'refused' ? String(decision.status) : 'out';

/** The routes as the document lists them: by address, each method once (a HEAD route is its GET's). */
export function documentedRoutes(routes: readonly DeclaredRoute[]): DeclaredRoute[] {
  const methodOrder = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];
  return routes
    .filter((route) => route.method !== 'HEAD')
    .sort((a, b) => a.url.localeCompare(b.url) || methodOrder.indexOf(a.method) - methodOrder.indexOf(b.method));
}

/**
 * docs/AUTHORIZATION.md: every route's declared access and the decision it means for each role.
 * Tables are padded as the formatter pads them, so the file stays as generated.
 */
export function authorizationDocument(routes: readonly DeclaredRoute[], ownerOf: (route: string) => RoleId) {
  const holes = new Set(knownHoles.map((h) => `${h.route}|${h.role}`));
  const rows = documentedRoutes(routes).map((route) => {
    const name = routeName(route);
    const access = route.access!;
    return [
      `\`${name}\``,
      accessInWords(access),
      ...roles.map((role) => {
        const text = cellText(expectedDecision(access, role, ownerOf(name)));
        return holes.has(`${name}|${role.id}`) ? `${text}!` : text;
      }),
    ];
  });
  return [
    '# Authorization',
    '',
    'Who may call each route of the API, generated from the access every route declares where it is registered',
    '(`RouteAccess`, server/src/platform/http/access.ts), from which its session guard is installed.',
    '`server/src/authorization-matrix.db.test.ts` makes the request of every cell below with that role’s real',
    'session, against real objects, and fails when an answer differs from the cell, when a route declares no',
    'access, or when this file is not what the routes declare (`npx vitest run',
    'server/src/authorization-matrix.db.test.ts -u` writes it again). A HEAD route is guarded as its GET.',
    '',
    'Routes under `/api/v1/dev/` exist only in development and tests, with the test keys no production',
    'server trusts; production never registers them.',
    '',
    '## Roles',
    '',
    ...table(
      ['column', 'who'],
      roles.map((role) => [`\`${role.id}\``, role.name]),
    ),
    '',
    'The paths name objects of the declarant (its drafts, attachments, registered declaration and decisions), of',
    'the Almaty department (registered declarations, credentials requests, Web-declarant applications, accounts)',
    'and, for ending a representation contract, of `unconf`. Every party is a separate organisation.',
    '',
    '## Cells',
    '',
    '- `ok`: let through; whatever the handler then answers, it is not a refusal of the caller',
    '- `401`: refused for want of a session (`AUTH_REQUIRED`)',
    '- `403`: refused: the wrong kind of account (`AUTH_FORBIDDEN`), a one-time password to change first',
    '  (`AUTH_PASSWORD_CHANGE_REQUIRED`), a password session on a route of the internal module, which needs a',
    '  session proven with the NCA signature (`AUTH_SIGNATURE_REQUIRED`), or a user type or act the handler does',
    '  not admit',
    '- `out`: not theirs: an object the request names reads as absent (404, or 403), and a list leaves it out',
    '- `!`: what the route declares and the code does not yet do: a known hole, listed at the end',
    '',
    '## Routes',
    '',
    ...table(['route', 'access', ...roles.map((role) => role.id)], rows),
    '',
    '## Known holes',
    '',
    ...(knownHoles.length > 0
      ? knownHoles.map((h) => `- \`${h.route}\` as \`${h.role}\`: ${h.hole}.`)
      : ['None: every cell gives the decision its route declares.']),
    '',
  ].join('\n');
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = header.map((_, i) => Math.max(3, ...[header, ...rows].map((row) => row[i]!.length)));
  const line = (cells: readonly string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}
