import { validIin } from '@shekara/nca/test-pki';
import { beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../platform/clock.ts';
import { holder, registerAndConfirm, TestBrowser } from '../../testing/accounts.ts';
import { buildTestApp, codeOf } from '../../testing/app.ts';
import { BalancedBrowser, severalNodesSkip, type TestNodes, testNodes } from '../../testing/nodes.ts';
import { issueLogin } from './account-repository.ts';
import { hashPassword } from './passwords.ts';

/**
 * Issue 20 point 1: two nodes on one PostgreSQL are one system for a user. A browser behind a
 * load balancer reaches either node at each request: the challenge issued by one is spent on the
 * other, the session and its CSRF token made on one hold on the other, a workplace held through
 * one is held for both, and failed log-ins and the log-in rate are counted across both.
 */
if (severalNodesSkip) console.warn(`sessions across nodes: skipped, ${severalNodesSkip}`);

const clock = manualClock(new Date());
let t: TestNodes;
let a: TestNodes['nodes'][number];
let b: TestNodes['nodes'][number];

describe.skipIf(severalNodesSkip)('a user across two nodes (issue 20 point 1)', () => {
  beforeAll(async () => {
    t = await testNodes(clock, 2, { auth: { maxFailedLogins: 4, lockMinutes: 15, loginRatePerMinute: 1_000 } });
    [a, b] = t.nodes as [typeof a, typeof b];
    await registerAndConfirm(a!.app, t.db, clock, holder(t.setup, 'individual-auth'), {
      userType: 'foreign_trade_participant',
      email: 'nodes@example.kz',
    });
  }, 120_000);

  it('keeps the challenge, the session and its CSRF token whichever node answers', async () => {
    const browser = new BalancedBrowser([a.app, b.app]);
    // the challenge from one node, the signed log-in to the other
    const login = await browser.logInAs(holder(t.setup, 'individual-auth'));
    expect(login.statusCode, login.body).toBe(200);
    for (let i = 0; i < 4; i++) {
      const me = await browser.get('/api/v1/me');
      expect(me.statusCode, `node ${browser.lastNode}: ${me.body}`).toBe(200);
    }
    const changePhone = (csrf: boolean) =>
      browser.request({ method: 'PATCH', url: '/api/v1/me', payload: { phone: '+7 701 000 0001' }, csrf });
    for (let i = 0; i < 2; i++) {
      expect(codeOf(await changePhone(false))).toBe('AUTH_CSRF_INVALID');
      expect((await changePhone(true)).statusCode).toBe(204);
    }
    // logged out on one node, the session is over on both
    const session = browser.cookies.get('shekara_session');
    expect((await browser.post('/api/v1/auth/logout')).statusCode).toBe(204);
    for (const node of [a, b]) {
      const stale = await node.app.inject({
        method: 'GET',
        url: '/api/v1/me',
        headers: { cookie: `shekara_session=${session}` },
      });
      expect(codeOf(stale)).toBe('AUTH_REQUIRED');
    }
  });

  it('holds the account’s one workplace for both nodes (WD-21, WD-22)', async () => {
    const who = holder(t.setup, 'individual-auth');
    const office = new TestBrowser(a.app);
    expect((await office.logInAs(who)).statusCode).toBe(200);
    const home = new TestBrowser(b.app);
    expect(codeOf(await home.logInAs(who))).toBe('AUTH_WORKPLACE_LIMIT');
    expect((await office.post('/api/v1/auth/logout')).statusCode).toBe(204);
    expect((await home.logInAs(who)).statusCode).toBe(200);
    expect((await home.post('/api/v1/auth/logout')).statusCode).toBe(204);
  });

  it('counts failed log-ins across nodes: guesses spread over both are paused together', async () => {
    const id = crypto.randomUUID();
    await t.db.query(
      `insert into accounts (id, kind, user_type, iin_bin, email, status, created_at, activated_at, updated_at)
       values ($1, 'user', 'customs_carrier', $2, 'spread@example.kz', 'active', $3, $3, $3)`,
      [id, validIin('1975-05-05', 3, 90), clock.now()],
    );
    const password = 'one-time pass 5151 lake';
    await issueLogin(
      t.db,
      id,
      { login: 'carrier.spread', passwordHash: await hashPassword(password), registeringBodyCode: '75000' },
      clock.now(),
    );
    const browser = new BalancedBrowser([a.app, b.app]);
    const attempt = (guess: string) =>
      browser.request({
        method: 'POST',
        url: '/api/v1/auth/login/password',
        payload: { login: 'carrier.spread', password: guess },
        remoteAddress: '203.0.113.40',
      });
    // four failures allowed in all, two on each node: the fourth locks, on whichever node it lands
    for (const guess of ['guess one', 'guess two', 'guess three'])
      expect(codeOf(await attempt(guess))).toBe('AUTH_INVALID_CREDENTIALS');
    expect(codeOf(await attempt('guess four'))).toBe('AUTH_LOCKED');
    for (let i = 0; i < 2; i++) expect(codeOf(await attempt(password))).toBe('AUTH_LOCKED');
  });

  it('counts the log-in rate across nodes, in the database', async () => {
    // a node of its own configuration: three log-in attempts a minute per address
    const strict = await Promise.all(
      [a, b].map((node) => buildTestApp(node.db, { clock, signatures: t.setup, auth: { loginRatePerMinute: 3 } })),
    );
    try {
      const browser = new BalancedBrowser(strict);
      const attempt = () =>
        browser.request({
          method: 'POST',
          url: '/api/v1/auth/login/password',
          payload: { login: 'nobody.at.all', password: 'wrong password here' },
          remoteAddress: '203.0.113.41',
        });
      for (let i = 0; i < 3; i++) expect(codeOf(await attempt())).toBe('AUTH_INVALID_CREDENTIALS');
      const refused = await attempt();
      expect(refused.statusCode).toBe(429);
      expect(codeOf(refused)).toBe('RATE_LIMITED');
      expect(codeOf(await attempt())).toBe('RATE_LIMITED');
      // the window ends for both nodes at once
      clock.advance(60_000);
      expect(codeOf(await attempt())).toBe('AUTH_INVALID_CREDENTIALS');
    } finally {
      await Promise.all(strict.map((app) => app.close()));
    }
  });
});
