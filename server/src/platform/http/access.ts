import type { UserType } from '@shekara/contracts/accounts';

/**
 * Who may call a route, declared as data in the route's Fastify config where the route is
 * registered. It is the one vocabulary of access: the session guards are installed from it
 * (access-control.ts), the authorization matrix test holds every route of the application to it
 * with a real request per role, and docs/AUTHORIZATION.md lists it.
 *
 * - `anyone`: no log-in needed (reference data, the portal, log-in itself);
 * - `account`: any logged-in account, user, officer or administrator;
 * - `user`: a user of one of the ten user types (REG-5);
 * - `staff`: officers and administrators;
 * - `officer`: officers only (signed decisions are an officer's, not an administrator's);
 * - `administrator`: the Committee's administrators.
 */
export type Audience = 'anyone' | 'account' | 'user' | 'staff' | 'officer' | 'administrator';

/**
 * Which of the objects the route names in its path, or lists, the handler shows the caller: an
 * object outside reads as absent (404), so ids cannot be probed, and lists leave it out.
 *
 * - `own-account`: the caller's account's own (its sessions);
 * - `own-organisation`: the caller's organisation's (its IIN/BIN), or a document naming it as declarant;
 * - `own-body`: delivered or registered at a customs body in the officer's scope (their department
 *   and the bodies under it); administrators see every body's.
 */
export type ObjectScope = 'own-account' | 'own-organisation' | 'own-body';

export interface RouteAccess {
  readonly audience: Audience;
  /** An `anyone` route on which a live session, when the request has one, names the caller (a support ticket). */
  readonly identifies?: boolean;
  /** Open to a user who has yet to change a one-time password (the change itself, /me, log-out). */
  readonly beforePasswordChange?: boolean;
  /** A `user` route open to these user types only; the handler refuses the others with 403. */
  readonly userTypes?: readonly UserType[];
  /** The objects the route names or lists, shown only within this scope. */
  readonly object?: ObjectScope;
  /**
   * It files a document in the name of the declarant the document names: the caller's own
   * organisation, or a declarant that confirmed the caller as its customs representative.
   */
  readonly actsForDeclarant?: boolean;
  /**
   * A route of the internal module (ACC-6, AST-1, ACC-9): customs documents, filing, signing,
   * paying. Only a session proven with the account's activated NCA signature (signature log-in,
   * or password and a signature over a challenge) passes; a password session opens the external
   * part of the cabinet alone. Every officer's and administrator's route is internal too.
   */
  readonly internal?: boolean;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Who may call the route: see RouteAccess. Every route declares it; the application refuses to start otherwise. */
    access?: RouteAccess;
  }
}

export const publicAccess: RouteAccess = { audience: 'anyone' };

/** Whether the route needs the session guard: every route but an `anyone` one that names no caller. */
export const needsSessionGuard = (access: RouteAccess): boolean =>
  access.audience !== 'anyone' || access.identifies === true;

const staffAudiences: readonly Audience[] = ['staff', 'officer', 'administrator'];

/** Whether the route needs a session proven with the NCA signature (see RouteAccess.internal). */
export const needsSignatureSession = (access: RouteAccess): boolean =>
  access.internal === true || staffAudiences.includes(access.audience);

const audienceWords: Record<Audience, string> = {
  anyone: 'anyone',
  account: 'any account',
  user: 'users',
  staff: 'officers and administrators',
  officer: 'officers',
  administrator: 'administrators',
};

// Plain ASCII: the words go into a Markdown table whose columns are padded by length.
const objectWords: Record<ObjectScope, string> = {
  'own-account': "own account's objects only",
  'own-organisation': "own organisation's objects only",
  'own-body': "own bodies' objects only",
};

/** The policy in a few words, as docs/AUTHORIZATION.md prints it. */
export function accessInWords(access: RouteAccess): string {
  const who = access.userTypes
    ? `${audienceWords[access.audience]} (${access.userTypes.join(', ').replaceAll('_', ' ')})`
    : audienceWords[access.audience];
  return [
    who,
    access.identifies && 'the session, if any, names the caller',
    access.beforePasswordChange && 'also before a one-time password is changed',
    access.object && objectWords[access.object],
    access.object === 'own-body' && access.audience === 'staff' && 'administrators: all',
    access.actsForDeclarant && "in a declarant's name only with its confirmed representation",
    needsSignatureSession(access) && 'signature session',
  ]
    .filter(Boolean)
    .join('; ');
}
