import { describe, expect, it } from 'vitest';
import { databaseTestSuite } from '../../testing/database-app.ts';
import { systemClock } from '../clock.ts';

/**
 * Issue 14 point 12: behind a proxy the client's address is X-Forwarded-For's — but only over a
 * connection from a proxy the operator named. It is what the audit log records, and what rate
 * limits and log-in pauses count by.
 */
const { app, db } = await databaseTestSuite(systemClock, { trustedProxies: ['127.0.0.1', '10.1.0.0/16'] });

async function auditedAddressOf(remoteAddress: string, forwardedFor: string): Promise<string> {
  const login = `proxy.${remoteAddress}.${forwardedFor}`.replace(/[^a-z0-9.]/g, '');
  const refused = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login/password',
    remoteAddress,
    headers: { 'x-forwarded-for': forwardedFor },
    payload: { login, password: 'not the password' },
  });
  expect(refused.statusCode).toBe(401);
  const requestId = refused.headers['x-request-id'];
  const { rows } = await db.query<{ ip: string }>('select ip from audit_log where request_id = $1', [requestId]);
  return rows[0]!.ip;
}

describe('the client address behind a trusted proxy (issue 14 point 12)', () => {
  it('takes X-Forwarded-For from a trusted proxy, the nearest untrusted address in it', async () => {
    expect(await auditedAddressOf('127.0.0.1', '203.0.113.5')).toBe('203.0.113.5');
    expect(await auditedAddressOf('10.1.2.3', '198.51.100.1, 203.0.113.6')).toBe('203.0.113.6');
    // A client that writes the header itself through the proxy cannot hide behind a forged first hop.
    expect(await auditedAddressOf('127.0.0.1', '192.0.2.1, 203.0.113.7')).toBe('203.0.113.7');
  });

  it('ignores X-Forwarded-For from anyone else', async () => {
    expect(await auditedAddressOf('192.0.2.50', '203.0.113.8')).toBe('192.0.2.50');
  });
});
