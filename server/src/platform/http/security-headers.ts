import { createHash, randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply } from 'fastify';

/** Where NCALayer listens on the user's own computer: the web app signs through it. */
const ncaLayer = 'wss://127.0.0.1:13579';

/**
 * The Content-Security-Policy of a response: only this origin's scripts, styles, images and fonts;
 * no inline script at all; a `<style>` element only with the page's nonce (the UI library writes
 * its theme's variables into one); a `style` attribute in the page's markup only when it is one
 * of those the page was built with, by its hash (the prerendered home page's: the UI library
 * sets its sizes and colours there); connections to this origin and to NCALayer; never inside
 * another site's frame, so the cabinet cannot be overlaid and clicked through.
 */
export function contentSecurityPolicy(styleNonce?: string, styleAttributeHashes: readonly string[] = []): string {
  const attributes = styleAttributeHashes.length > 0 ? ` 'unsafe-hashes' ${styleAttributeHashes.join(' ')}` : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self'${styleNonce ? ` 'nonce-${styleNonce}'` : ''}${attributes}`,
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src 'self' ${ncaLayer}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * The CSP sources (`'sha256-…'`) of every distinct `style` attribute in a page's markup, each
 * over the attribute's value as the browser reads it (the markup's character references undone).
 */
export function styleAttributeHashes(html: string): string[] {
  const values = new Set([...html.matchAll(/\sstyle="([^"]*)"/g)].map((match) => unescapeAttribute(match[1]!)));
  return [...values].map((value) => `'sha256-${createHash('sha256').update(value).digest('base64')}'`);
}

const references: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' };

function unescapeAttribute(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] !== '#') return references[name.toLowerCase()] ?? whole;
    const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
    return String.fromCodePoint(code);
  });
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
