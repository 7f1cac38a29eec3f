import { randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * `shekara_workplace`: a long-lived random id of the browser, the workplace of WD-22 (one log-in,
 * one workplace). HttpOnly, SameSite=Lax and, outside local development, Secure. Given with the
 * web app's first page (web-app.ts), at a log-in challenge (signature module) and at a log-in
 * (accounts), so that a browser whose first log-in lost its answer tries again as the same
 * workplace rather than a second one.
 */
export const workplaceCookieName = 'shekara_workplace';

const workplaceMaxAgeSeconds = 400 * 86_400;

export interface CookieOptions {
  secure: boolean;
}

/** Secure cookies everywhere but plain-HTTP local development and tests. */
export function cookieOptionsOf(config: { environment: string; publicUrl: string }): CookieOptions {
  return { secure: config.environment === 'production' || config.publicUrl.startsWith('https://') };
}

/** The browser's workplace id, its cookie set now when the browser has none (or a malformed one). */
export function workplaceOf(request: FastifyRequest, reply: FastifyReply, options: CookieOptions): string {
  const existing = request.cookies[workplaceCookieName];
  if (existing && /^[A-Za-z0-9_-]{20,100}$/.test(existing)) return existing;
  const workplace = randomBytes(32).toString('base64url');
  reply.setCookie(workplaceCookieName, workplace, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: options.secure,
    maxAge: workplaceMaxAgeSeconds,
  });
  return workplace;
}
