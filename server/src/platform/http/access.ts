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
