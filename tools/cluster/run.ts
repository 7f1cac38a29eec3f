import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadTestPki } from '@shekara/nca/test-pki';
import { systemClock } from '../../server/src/platform/clock.ts';
import type { Database } from '../../server/src/platform/db/database.ts';
import { fundAdvanceAccount } from '../../server/src/testing/payments.ts';
import {
  logInOverHttp,
  openSeedDatabase,
  type PreparedSubmission,
  prepareSubmissions,
  seedDeclarants,
  submitOverHttp,
} from '../../server/src/testing/submission-load.ts';
import { type AppNode, appNode } from './app-nodes.ts';
import { Balancer } from './balancer.ts';
import { type ClusterChecks, checkCluster } from './checks.ts';
import { createNetwork, networkUnavailableReason, removeNetwork } from './network.ts';
import {
  type PostgresHost,
  postgresUnavailableReason,
  removePostgresFiles,
  startPrimary,
  startReplica,
} from './postgres-hosts.ts';
import { browsersOf, logInsEverywhere, readEverywhere, referenceChangeSeenIn } from './reads.ts';

/**
 * `npm run test:cluster` (issue 20 point 3): several hosts made of network namespaces — a
 * PostgreSQL primary, a streaming replica made with pg_basebackup, and three application nodes —
 * driven by signed submissions, searches and log-ins across all nodes, while one node is killed
 * (SIGKILL) and restarted and the replica is stopped and started. Then it checks that no
 * acknowledged submission was lost, the numbers are gapless, every outbox message was delivered
 * once, a reference change reached every node within 1 s, and reads were served throughout; and
 * it prints submissions/s with 1, 2 and 3 nodes. Exits 1 when a check fails.
 */
const phaseSeconds = Number(process.env.CLUSTER_PHASE_SECONDS ?? 8);
const concurrency = Number(process.env.CLUSTER_CONCURRENCY ?? 16);
const office = '75101';

const unavailable = networkUnavailableReason() ?? postgresUnavailableReason();
if (unavailable) {
  console.log(`test:cluster: skipped — ${unavailable}`);
  process.exit(0);
}

const log = (line: string) => console.log(`test:cluster: ${line}`);
const hosts = createNetwork(['db1', 'db2', 'app1', 'app2', 'app3']);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shekara-cluster-nodes-'));
const databases: PostgresHost[] = [];
const nodes: AppNode[] = [];
let seed: Database | undefined;
let failed = false;
try {
  const primary = await startPrimary(hosts.db1!, log);
  databases.push(primary);
  await createDatabase(primary);
  const replica = await startReplica(hosts.db2!, primary, log);
  databases.push(replica);
  log(`primary on ${primary.host.address}, streaming replica on ${replica.host.address}`);

  const env = {
    DATA_DIR: dataDir,
    DATABASE_URL: primary.url('shekara'),
    DATABASE_REPLICA_URL: replica.url('shekara'),
    AUTH_LOGIN_RATE_PER_MINUTE: '1000000',
    DATABASE_POOL_SIZE: '12',
    // what the killed node had claimed from the outbox is sent by another node 10 s later, not 5 min
    OUTBOX_LEASE_SECONDS: '10',
  };
  // The first node migrates the database and makes the test PKI the others then read.
  for (const name of ['app1', 'app2', 'app3']) {
    const node = appNode(hosts[name]!, env);
    nodes.push(node);
    const started = performance.now();
    await node.start();
    log(`${name} up at ${node.url} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }

  seed = await openSeedDatabase(primary.url('shekara'));
  const testPki = await loadTestPki(path.join(dataDir, 'test-pki'));
  const declarants = await seedDeclarants(seed, testPki, 24);
  for (const declarant of declarants)
    await fundAdvanceAccount({ db: seed, clock: systemClock }, declarant.iin, '100000000000.00');
  // Each declarant logs in on one node and submits through all of them: sessions are the cluster's.
  const sessions = await Promise.all(
    declarants.map(async (declarant, index) => ({
      declarant,
      session: await logInOverHttp(nodes[index % nodes.length]!.url, declarant),
    })),
  );
  const acknowledged = new Map<string, string>();
  const submit = async (balancer: Balancer, queue: PreparedSubmission[], deadline: number) => {
    let refused = 0;
    const firstRefusal: string[] = [];
    const worker = async () => {
      while (performance.now() < deadline) {
        const submission = queue.shift();
        if (!submission) return;
        const answer = await balancer.send((url) => submitOverHttp(url, submission, office));
        if (answer.status === 200) acknowledged.set(submission.declarationId, answer.registrationNumber!);
        else {
          refused++;
          if (firstRefusal.length === 0) firstRefusal.push(`${answer.status} ${answer.body.slice(0, 300)}`);
        }
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    return { refused, firstRefusal: firstRefusal[0] };
  };

  // Throughput with 1, 2 and 3 nodes behind the balancer.
  for (const count of [1, 2, 3]) {
    const queue = await prepareSubmissions(seed, sessions, Math.ceil(phaseSeconds * 350), 10);
    const balancer = new Balancer(nodes.slice(0, count).map((node) => node.url));
    const before = acknowledged.size;
    const started = performance.now();
    const { refused, firstRefusal } = await submit(balancer, queue, started + phaseSeconds * 1000);
    const elapsed = (performance.now() - started) / 1000;
    log(
      `${count} node${count > 1 ? 's' : ''}: ${((acknowledged.size - before) / elapsed).toFixed(0)} submissions/s over ${elapsed.toFixed(1)} s, ${refused} refused${firstRefusal ? ` (first: ${firstRefusal})` : ''}`,
    );
  }

  // Faults under load: app2 killed and restarted, the replica stopped and started.
  const queue = await prepareSubmissions(seed, sessions, Math.ceil(12 * 300), 10);
  // declarants of their own for the log-ins: an account has one workplace, which the submitters' sessions hold
  const logInBrowsers = await browsersOf(nodes[0]!.url, await seedDeclarants(seed, testPki, 4, 500));
  const balancer = new Balancer(nodes.map((node) => node.url));
  const started = performance.now();
  const deadline = started + 12_000;
  const faults = (async () => {
    const at = (seconds: number) =>
      new Promise((resolve) => setTimeout(resolve, started + seconds * 1000 - performance.now()));
    await at(2);
    await nodes[1]!.kill();
    log('app2 killed (SIGKILL)');
    await at(3);
    await replica.stop();
    log('replica stopped');
    await nodes[1]!.start();
    log(`app2 up again at ${((performance.now() - started) / 1000).toFixed(1)} s`);
    await at(7);
    await replica.start();
    log('replica started');
  })();
  const [load, reads, logIns] = await Promise.all([
    submit(balancer, queue, deadline),
    readEverywhere(
      nodes.map((node) => node.url),
      deadline,
    ),
    logInsEverywhere(
      nodes.map((node) => node.url),
      logInBrowsers,
      deadline,
    ),
    faults,
  ]);
  log(
    `under faults: ${acknowledged.size} submissions acknowledged in all, ${load.refused} refused, ${balancer.retried} sent again to another node; ` +
      `${reads.served} reads served, ${reads.failed} failed; ${logIns.done} log-ins and log-outs, ${logIns.failed} failed`,
  );
  if (load.firstRefusal) log(`first refusal: ${load.firstRefusal}`);

  const reference = await referenceChangeSeenIn(
    primary.url('shekara'),
    nodes.map((node) => node.url),
    '2031-01-02',
  );
  // A replica within its lag bound that has not yet replayed a change must not be asked for it:
  // its replay paused, the nodes that heard of the change read it from the primary.
  const standby = await openSeedDatabase(replica.url('shekara'));
  let referenceUnreplayed: Awaited<ReturnType<typeof referenceChangeSeenIn>>;
  try {
    await standby.query('select pg_wal_replay_pause()');
    // another day: a day's rates once imported are not replaced
    referenceUnreplayed = await referenceChangeSeenIn(
      primary.url('shekara'),
      nodes.map((node) => node.url),
      '2031-01-03',
    );
  } finally {
    await standby.query('select pg_wal_replay_resume()');
    await standby.close();
  }
  const checks: ClusterChecks = await checkCluster(seed, acknowledged, {
    reads,
    logIns,
    reference,
    referenceUnreplayed,
    refused: load.refused,
  });
  for (const check of checks.results) console.log(`${check.ok ? '✓' : '✗'} ${check.name}: ${check.detail}`);
  failed = checks.results.some((check) => !check.ok);
} catch (error) {
  failed = true;
  console.error(error);
  for (const node of nodes) if (node.output()) console.error(`--- ${node.host.name}\n${node.output().slice(-4000)}`);
} finally {
  await seed?.close();
  for (const node of nodes) await node.stop().catch(() => undefined);
  for (const database of databases) {
    await database.stop().catch(() => undefined);
    removePostgresFiles(database);
  }
  removeNetwork();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
console.log(`test:cluster: ${failed ? 'FAILED' : 'passed'}`);
process.exit(failed ? 1 : 0);

async function createDatabase(primary: PostgresHost) {
  const admin = await openSeedDatabase(primary.url('postgres'));
  await admin.query('create database shekara');
  await admin.close();
}
