import fs from 'node:fs';
import os from 'node:os';
import { systemClock } from '../server/src/platform/clock.ts';
import { fundAdvanceAccount } from '../server/src/testing/payments.ts';
import {
  freshPostgresDatabase,
  logInOverHttp,
  openSeedDatabase,
  type PreparedSubmission,
  postgresServerUrl,
  prepareSubmissions,
  seedDeclarants,
  startServerOn,
  submitOverHttp,
} from '../server/src/testing/submission-load.ts';
import { cpuTimes, machineCpu } from './lib/process-cpu.ts';

/**
 * Signed submission over HTTP (issue 6 point 16): the real server process on a fresh PostgreSQL
 * database, declarants with RSA keys of their own (or GOST 34.10-2015 ones, as most legal
 * entities' NCA keys are: BENCH_ALGORITHM=GOST2015-512), 10-item goods declarations seeded and
 * signed before the clock starts, then submissions at a fixed concurrency for a bounded time. Each
 * submission verifies the CMS (chain, CRL) and runs control; then it is registered with the
 * others waiting at that moment: the office's serials, the signed copies, the receipts signed, one
 * commit. Goal: ≥ 300/s, p99 ≤ 150 ms.
 */
const seconds = Number(process.env.BENCH_SECONDS ?? 15);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 16);
const declarantCount = Number(process.env.BENCH_DECLARANTS ?? 40);
const items = Number(process.env.BENCH_ITEMS ?? 10);
// One office takes every submission: its day's counter row is the one lock they all queue on.
const offices = (process.env.BENCH_OFFICES ?? '75101').split(',');
const warmUp = 200;
const funded = process.env.BENCH_FUNDED !== '0';
// The declarants' keys: RSA, or GOST 34.10-2015 (512-bit), as most NCA keys of legal entities are.
const algorithm = process.env.BENCH_ALGORITHM === 'GOST2015-512' ? 'GOST2015-512' : 'RSA';
/**
 * Submissions offered per second (an open loop), instead of a fixed number of clients each waiting
 * for its answer before the next (BENCH_CONCURRENCY, the default). Declarants do not wait for one
 * another: a rate says whether the system carries that many a second, and at what latency. Each
 * latency is counted from the moment its submission was due, so a server that falls behind is
 * charged for the queue it builds (no coordinated omission). At most BENCH_MAX_OPEN are in flight.
 */
const offeredRate = process.env.BENCH_RATE ? Number(process.env.BENCH_RATE) : null;
const maxOpen = Number(process.env.BENCH_MAX_OPEN ?? 512);
/** Seconds of the measured load run before the clock starts (BENCH_SETTLE_SECONDS). */
const settleSeconds = Number(process.env.BENCH_SETTLE_SECONDS ?? 3);
const prepare = warmUp + Number(process.env.BENCH_PREPARED ?? Math.ceil((settleSeconds + seconds) * 600));

const metricsToken = `bench-${crypto.randomUUID()}`;

/** The registering transactions so far, from the server's metrics: how many, their submissions, their seconds. */
async function batchesSoFar(url: string): Promise<{ count: number; submissions: number; seconds: number }> {
  const response = await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${metricsToken}` } });
  const text = await response.text();
  const value = (name: string) => Number(text.match(new RegExp(`^${name} (\\S+)$`, 'm'))?.[1] ?? Number.NaN);
  return {
    count: value('shekara_registration_batch_size_count'),
    submissions: value('shekara_registration_batch_size_sum'),
    seconds: value('shekara_registration_batch_seconds_sum'),
  };
}

const database = await freshPostgresDatabase('shekara_bench');
if (!database) {
  console.log(
    `submit: skipped — PostgreSQL at ${postgresServerUrl.replace(/\/\/([^:@/]+):[^@/]+@/, '//$1:***@')} is not reachable`,
  );
  process.exit(0);
}

const running = await startServerOn(
  database.url,
  {
    AUTH_LOGIN_RATE_PER_MINUTE: '1000000',
    LOG_LEVEL: 'error',
    DATABASE_POOL_SIZE: process.env.BENCH_POOL ?? '20',
    // the registering batches' sizes and times are read from the metrics before and after the run
    METRICS_TOKEN: metricsToken,
  },
  // For a look inside the server, e.g. BENCH_SERVER_NODE_FLAGS="--cpu-prof --cpu-prof-dir=prof".
  (process.env.BENCH_SERVER_NODE_FLAGS ?? '').split(' ').filter(Boolean),
);
const seed = await openSeedDatabase(database.url);
try {
  const declarants = await seedDeclarants(seed, running.testPki, declarantCount, 0, algorithm);
  // Issue 16: what each declaration owes is held on its declarant's advance account at registration,
  // so each declarant has money enough for every submission (BENCH_FUNDED=0 measures without it).
  if (funded)
    for (const declarant of declarants)
      await fundAdvanceAccount({ db: seed, clock: systemClock }, declarant.iin, '100000000000.00');
  const sessions = await Promise.all(
    declarants.map(async (declarant) => ({ declarant, session: await logInOverHttp(running.server.url, declarant) })),
  );
  let started = performance.now();
  const prepared = await prepareSubmissions(seed, sessions, prepare, items);
  console.log(
    `prepared ${prepared.length} signed ${items}-item goods declarations of ${declarantCount} declarants in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );

  const run = async (queue: PreparedSubmission[], deadline: number) => {
    const latencies: number[] = [];
    let errors = 0;
    let sent = 0;
    const firstError: string[] = [];
    const worker = async () => {
      while (performance.now() < deadline) {
        const submission = queue.shift();
        if (!submission) return;
        const office = offices[sent++ % offices.length]!;
        const start = performance.now();
        const answer = await submitOverHttp(running.server.url, submission, office).catch((error: Error) => ({
          status: 0,
          body: error.message,
        }));
        latencies.push(performance.now() - start);
        if (answer.status !== 200) {
          errors++;
          if (firstError.length === 0) firstError.push(`${answer.status} ${answer.body.slice(0, 300)}`);
        }
      }
    };
    const begun = performance.now();
    await Promise.all(Array.from({ length: concurrency }, worker));
    return { latencies, errors, elapsed: (performance.now() - begun) / 1000, firstError: firstError[0] };
  };

  /** The open loop: the i-th submission is due at begun + i / rate, whatever became of the ones before. */
  const offer = async (queue: PreparedSubmission[], rate: number, deadline: number) => {
    const latencies: number[] = [];
    let errors = 0;
    let open = 0;
    let dropped = 0;
    const firstError: string[] = [];
    const answered: Promise<void>[] = [];
    const begun = performance.now();
    for (let i = 0; ; i++) {
      const due = begun + (i * 1000) / rate;
      if (due >= deadline) break;
      const submission = queue.shift();
      if (!submission) break;
      const wait = due - performance.now();
      if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
      if (open >= maxOpen) {
        dropped++;
        continue;
      }
      open++;
      const office = offices[i % offices.length]!;
      answered.push(
        submitOverHttp(running.server.url, submission, office)
          .catch((error: Error) => ({ status: 0, body: error.message }))
          .then((answer) => {
            open--;
            latencies.push(performance.now() - due);
            if (answer.status !== 200) {
              errors++;
              if (firstError.length === 0) firstError.push(`${answer.status} ${answer.body.slice(0, 300)}`);
            }
          }),
      );
    }
    const offeredFor = (performance.now() - begun) / 1000;
    await Promise.all(answered);
    const elapsed = (performance.now() - begun) / 1000;
    if (dropped > 0) firstError.push(`${dropped} not sent: ${maxOpen} were open`);
    return { latencies, errors: errors + dropped, elapsed, offeredFor, firstError: firstError[0] };
  };

  await run(prepared.splice(0, warmUp), Infinity);
  // Statistics as a running server's autovacuum keeps them (docs/DEPLOYMENT.md): the tables seeded
  // and warmed up analysed once. A fresh database never analysed (a server with autovacuum off)
  // gets plans for empty tables — whole-table scans of the declarations in every batch — which no
  // production server runs for long. BENCH_ANALYZE=0 leaves the database as it is.
  if (process.env.BENCH_ANALYZE !== '0') await seed.query('analyze');
  // Then the measured load itself for a while, unmeasured: the statements' plans made again after
  // the statistics changed, and an open loop's queue settled (its first second ran 200 ms behind).
  const settle = performance.now() + settleSeconds * 1000;
  if (offeredRate) await offer(prepared, offeredRate, settle);
  else await run(prepared, settle);
  const serverPid = running.server.child.pid;
  const cpu = () => ({
    server: cpuTimes((pid) => pid === serverPid),
    postgres: cpuTimes((_, command) => command.startsWith('postgres')),
  });
  const cpuBefore = cpu();
  const clientBefore = process.cpuUsage();
  const machineBefore = machineCpu();
  const batchesBefore = await batchesSoFar(running.server.url);
  started = performance.now();
  const result = offeredRate
    ? await offer(prepared, offeredRate, started + seconds * 1000)
    : await run(prepared, started + seconds * 1000);
  const batchesAfter = await batchesSoFar(running.server.url);
  const cpuAfter = cpu();
  const client = process.cpuUsage(clientBefore);
  const machineAfter = machineCpu();
  const sorted = [...result.latencies].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
  const ok = result.latencies.length - result.errors;
  console.log(
    `submit (${items} items, ${algorithm}, ${offeredRate ? `${offeredRate}/s offered` : `concurrency ${concurrency}`}, ${offices.length} office${offices.length > 1 ? 's' : ''}, ${result.elapsed.toFixed(1)} s): ` +
      `${(ok / result.elapsed).toFixed(0)} submissions/s  p50 ${at(50).toFixed(1)} ms  p99 ${at(99).toFixed(1)} ms  errors ${result.errors}`,
  );
  if (result.firstError) console.log(`first error: ${result.firstError}`);
  const batches = batchesAfter.count - batchesBefore.count;
  // Each submission waits for the batch in hand to commit, then for its own: the batch's time is most of p50.
  if (batches > 0)
    console.log(
      `registering batches: ${batches}, ${((batchesAfter.submissions - batchesBefore.submissions) / batches).toFixed(1)} submissions and ` +
        `${(((batchesAfter.seconds - batchesBefore.seconds) / batches) * 1000).toFixed(1)} ms each on average`,
    );
  if (cpuBefore.server && cpuAfter.server && cpuBefore.postgres && cpuAfter.postgres && ok > 0) {
    // Only while the clients ran: routing that finished later is not in it.
    const ms = (seconds: number) => `${((seconds * 1000) / ok).toFixed(2)} ms`;
    // The kernel's share is mostly loopback TCP between the server and PostgreSQL: round trips cost there.
    const per = (after: { user: number; kernel: number }, before: { user: number; kernel: number }) =>
      `${ms(after.user + after.kernel - before.user - before.kernel)} (kernel ${ms(after.kernel - before.kernel)})`;
    console.log(
      `CPU per submission: server ${per(cpuAfter.server, cpuBefore.server)}, PostgreSQL ${per(cpuAfter.postgres, cpuBefore.postgres)} (all its processes on this machine), ` +
        `this load generator ${ms((client.user + client.system) / 1e6)}`,
    );
  }
  if (machineBefore && machineAfter) {
    const spent = (kind: keyof typeof machineAfter) => machineAfter[kind] - machineBefore[kind];
    const all = (Object.keys(machineAfter) as (keyof typeof machineAfter)[]).reduce(
      (sum, kind) => sum + spent(kind),
      0,
    );
    const share = (kind: keyof typeof machineAfter) => `${((spent(kind) / all) * 100).toFixed(0)} %`;
    // Whether the cores were the limit, and how much of them other guests of the host took.
    console.log(
      `machine: ${os.availableParallelism()} cores, user ${share('user')}, system ${share('system')}, softirq ${share('softirq')}, steal ${share('steal')}, idle ${share('idle')}`,
    );
  }
  const { rows } = await seed.query<{ n: number; max: number }>(
    `select count(*)::int as n, max(last_serial) as max from registration_counters`,
  );
  console.log(`counters: ${rows[0]!.n} office-days, highest serial ${rows[0]!.max}`);
  const money = await seed.query<{ assessed: number; held: number }>(
    `select (select count(*)::int from declaration_assessments where owed_tiyn > 0) as assessed,
            (select count(*)::int from ledger_postings where kind = 'reservation') as held`,
  );
  console.log(
    `payments: ${money.rows[0]!.assessed} registrations assessed as owing, ${money.rows[0]!.held} held on advance accounts${funded ? '' : ' (declarants not funded)'}`,
  );
  // Routing (risk channel, automatic release) must keep pace with registration, or the backlog grows.
  const routing = async () =>
    (
      await seed.query<{ registered: number; routed: number; released: number }>(
        `select count(*)::int as registered, count(channel)::int as routed, count(*) filter (where status = 'released')::int as released
           from declarations where registration_number is not null`,
      )
    ).rows[0]!;
  const atEnd = await routing();
  const caughtUp = performance.now();
  let now = atEnd;
  while (now.routed < now.registered && performance.now() - caughtUp < 120_000) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    now = await routing();
  }
  console.log(
    `routing: ${atEnd.routed} of ${atEnd.registered} registered were routed when the clients stopped; ` +
      `${now.routed === now.registered ? `the rest ${((performance.now() - caughtUp) / 1000).toFixed(1)} s later` : `${now.registered - now.routed} still unrouted after 120 s`}; ${now.released} released by the system`,
  );
} finally {
  await seed.close();
  await running.server.stop('SIGTERM');
  fs.rmSync(running.dataDir, { recursive: true, force: true });
  await database.drop();
}
