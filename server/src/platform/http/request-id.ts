import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { addressMatcher } from '../network-addresses.ts';

/** What a proxy's request id may look like: nginx's `$request_id` (32 hex digits), a UUID, a trace id. */
const saneRequestId = /^[A-Za-z0-9][A-Za-z0-9._:-]{7,127}$/;

/**
 * The id of each request: the one the TLS terminator gave it (`X-Request-Id`), so that a request
 * is followed by one id from the proxy's log into ours, but only over a connection from a trusted
 * proxy and only when it looks like an id; otherwise a new UUID. Anyone else could choose their
 * request's id to muddle the logs and the audit log.
 */
export function requestIdGenerator(trustedProxies: readonly string[]): (request: IncomingMessage) => string {
  const trusted = addressMatcher(trustedProxies);
  return (request) => {
    const given = request.headers['x-request-id'];
    if (typeof given === 'string' && saneRequestId.test(given) && trusted(request.socket.remoteAddress)) return given;
    return randomUUID();
  };
}
