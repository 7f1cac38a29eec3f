import type { FastifyReply } from 'fastify';
import { type CookieOptions, workplaceCookieName } from '../../platform/http/workplace-cookie.ts';
import type { StartedSession } from './sessions.ts';

/**
 * The three cookies of a browser session:
 * - `shekara_session`: the session token; HttpOnly, so scripts never see it.
 * - `shekara_csrf`: the anti-forgery token, readable by our own scripts, which echo it in the
 *   `X-CSRF-Token` header of every state-changing request (double submit, checked against the
 *   session's copy on the server).
 * - `shekara_workplace`: a long-lived random device id: one login, one workplace (WD-22); the
 *   platform's (platform/http/workplace-cookie.ts), as the log-in challenge gives it too.
 * All SameSite=Lax and, outside local development, Secure.
 */
export const cookieNames = {
  session: 'shekara_session',
  csrf: 'shekara_csrf',
  workplace: workplaceCookieName,
} as const;

export function setSessionCookies(
  reply: FastifyReply,
  session: Pick<StartedSession, 'token' | 'csrfToken' | 'absoluteExpiresAt'>,
  options: CookieOptions,
  at: Date,
): void {
  const maxAge = Math.floor((new Date(session.absoluteExpiresAt).getTime() - at.getTime()) / 1000);
  const common = { path: '/', sameSite: 'lax' as const, secure: options.secure, ...(maxAge > 0 ? { maxAge } : {}) };
  reply.setCookie(cookieNames.session, session.token, { ...common, httpOnly: true });
  reply.setCookie(cookieNames.csrf, session.csrfToken, { ...common, httpOnly: false });
}

export function clearSessionCookies(reply: FastifyReply, options: CookieOptions): void {
  reply.clearCookie(cookieNames.session, { path: '/', secure: options.secure, sameSite: 'lax', httpOnly: true });
  reply.clearCookie(cookieNames.csrf, { path: '/', secure: options.secure, sameSite: 'lax' });
}
