import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply } from 'fastify';

/** Where NCALayer listens on the user's own computer: the web app signs through it. */
const ncaLayer = 'wss://127.0.0.1:13579';

/**
 * The Content-Security-Policy of a response: only this origin's scripts, styles, images and fonts;
 * no inline script at all; a `<style>` element only with the page's nonce (the UI library writes
 * its theme's variables into one); connections to this origin and to NCALayer; never inside
 * another site's frame, so the cabinet cannot be overlaid and clicked through.
 */
export function contentSecurityPolicy(styleNonce?: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self'${styleNonce ? ` 'nonce-${styleNonce}'` : ''}`,
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src 'self' ${ncaLayer}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** A fresh nonce for one page: 128 random bits, base64. */
export const newStyleNonce = () => randomBytes(16).toString('base64');

/**
 * The headers every answer carries (issue 14 point 7): the policy above unless the route set its
 * own (the page with its nonce, the API explorer), no MIME sniffing, no referrer leaving with the
 * cabinet's addresses, no framing, and HSTS wherever users reach the system over HTTPS.
 */
export function registerSecurityHeaders(app: FastifyInstance, options: { https: boolean }): void {
  app.addHook('onSend', async (_request, reply: FastifyReply, payload) => {
    if (!reply.hasHeader('content-security-policy')) reply.header('content-security-policy', contentSecurityPolicy());
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    reply.header('x-frame-options', 'DENY');
    reply.header('cross-origin-opener-policy', 'same-origin');
    if (options.https) reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
    return payload;
  });
}
