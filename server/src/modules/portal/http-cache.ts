import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * Portal content changes whenever an administrator publishes, and notices start and end on the
 * clock, so clients revalidate every time (`no-cache`) — cheaply: the ETag is a digest of the
 * body, and an unchanged answer costs a 304 without one.
 */
export function revalidated<T>(request: FastifyRequest, reply: FastifyReply, body: T): T | FastifyReply {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const etag = `"${createHash('sha256').update(text).digest('base64url').slice(0, 27)}"`;
  reply.header('etag', etag).header('cache-control', 'public, no-cache');
  return matches(request.headers['if-none-match'], etag) ? reply.code(304).send() : body;
}

/** If-None-Match may list several tags, or `*` (RFC 9110 §13.1.2). */
export function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((tag) => {
    const value = tag.trim();
    return value === '*' || value === etag || value === `W/${etag}`;
  });
}
