import pino from 'pino';
import { hashPassword } from '../server/src/modules/accounts/index.ts';
import { loadReferenceDemoData } from '../server/src/modules/reference/index.ts';
import { systemClock } from '../server/src/platform/clock.ts';
import { migrate } from '../server/src/platform/db/migrations.ts';
import { openPglite } from '../server/src/platform/db/pglite.ts';
import { holder, registerAndConfirm, signAs, TestBrowser } from '../server/src/testing/accounts.ts';
import { buildTestApp } from '../server/src/testing/app.ts';
import { testSignatureSetup } from '../server/src/testing/signatures.ts';

/**
 * Log-in cost (issue 4): the whole HTTP round trip through app.inject on the embedded database —
 * challenge consumption, CMS verification with chain and CRL, account look-up, session rotation,
 * audit record — for a log-in by GOST 2015 and RSA signature, and by issued password (argon2id,
 * 19 MiB, 2 passes: deliberately slow). The client's signing happens before the clock starts.
 * Each log-in is followed by a log-out, so one workplace is reused.
 */
const rounds = Number(process.env.BENCH_ROUNDS ?? 60);
const db = await openPglite();
await migrate(db);
await loadReferenceDemoData(db);
const setup = await testSignatureSetup(systemClock);
const app = await buildTestApp(db, {
  signatures: setup,
  logger: pino({ level: 'silent' }),
  auth: { loginRatePerMinute: 1_000_000 },
});

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
function report(name: string, times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  console.log(
    `${name.padEnd(34)} n=${times.length}  mean ${mean.toFixed(1)} ms  p50 ${percentile(sorted, 50).toFixed(1)} ms  p99 ${percentile(sorted, 99).toFixed(1)} ms`,
  );
}

async function signatureLogins(algorithm: 'GOST2015-512' | 'RSA') {
  const who = holder(setup, 'individual-auth', algorithm);
  const browser = new TestBrowser(app);
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const signature = signAs(who, Buffer.from(await browser.challenge(), 'base64'));
    const start = performance.now();
    const response = await browser.post('/api/v1/auth/login/signature', { signature });
    times.push(performance.now() - start);
    if (response.statusCode !== 200) throw new Error(response.body);
    await browser.post('/api/v1/auth/logout');
  }
  report(`log-in by ${algorithm} signature`, times);
}

await registerAndConfirm(app, db, systemClock, holder(setup, 'individual-auth'), { email: 'bench@example.kz' });
await signatureLogins('GOST2015-512');
await signatureLogins('RSA');

const now = new Date();
await db.query(
  `insert into accounts (id, kind, user_type, iin_bin, email, login, password_hash, status, created_at, activated_at, updated_at)
   values (gen_random_uuid(), 'user', 'customs_carrier', '790308400025', 'carrier@example.kz', 'bench.carrier', $1, 'active', $2, $2, $2)`,
  [await hashPassword('correct horse battery staple'), now],
);
const browser = new TestBrowser(app);
const times: number[] = [];
for (let i = 0; i < rounds; i++) {
  const start = performance.now();
  const response = await browser.post('/api/v1/auth/login/password', {
    login: 'bench.carrier',
    password: 'correct horse battery staple',
  });
  times.push(performance.now() - start);
  if (response.statusCode !== 200) throw new Error(response.body);
  await browser.post('/api/v1/auth/logout');
}
report('log-in by issued password', times);

const hashTimes: number[] = [];
for (let i = 0; i < 20; i++) {
  const start = performance.now();
  await hashPassword('correct horse battery staple');
  hashTimes.push(performance.now() - start);
}
report('argon2id hash alone', hashTimes);
await app.close();
await db.close();
