import pino from 'pino';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { anotherConnection, severalNodesSkip } from '../../testing/nodes.ts';
import { suiteDatabase } from '../../testing/suite-database.ts';
import type { Database } from '../db/database.ts';
import { failRun, finishRun, takeRun } from './job-runs.ts';
import { startRepeatingJob } from './repeating-job.ts';

/** Scheduled jobs run once per due time, by whichever node claims it (issue 20 point 1). */
const db = await suiteDatabase();
const silent = pino({ level: 'silent' });
const at = (iso: string) => new Date(iso);

describe('claiming a job’s run', () => {
  it('gives a due time to the first node, to no other while its lease runs, and to none once done', async () => {
    const run = { job: 'test.claim', dueAt: at('2030-01-01T10:00:00Z') };
    const lease = { leaseMs: 60_000 };
    expect(await takeRun(db, run, 'a', { ...lease, now: at('2030-01-01T10:00:00Z') })).toBe('taken');
    expect(await takeRun(db, run, 'b', { ...lease, now: at('2030-01-01T10:00:01Z') })).toBe('held');
    // a died: its lease ran out, b takes the same due time again
    expect(await takeRun(db, run, 'b', { ...lease, now: at('2030-01-01T10:01:00Z') })).toBe('taken');
    await finishRun(db, run, 'a', at('2030-01-01T10:01:01Z')); // a, come back too late, marks nothing
    expect(await takeRun(db, run, 'c', { ...lease, now: at('2030-01-01T10:01:30Z') })).toBe('held');
    await finishRun(db, run, 'b', at('2030-01-01T10:01:02Z'));
    expect(await takeRun(db, run, 'c', { ...lease, now: at('2030-01-01T10:05:00Z') })).toBe('done');
    const { rows } = await db.query<{ node: string; attempts: number }>(
      `select node, attempts from job_runs where job = 'test.claim'`,
    );
    expect(rows).toEqual([{ node: 'b', attempts: 2 }]);
  });

  it('gives a failed run back at once, for the next try of any node', async () => {
    const run = { job: 'test.failed', dueAt: at('2030-01-02T10:00:00Z') };
    const lease = { leaseMs: 600_000 };
    expect(await takeRun(db, run, 'a', { ...lease, now: at('2030-01-02T10:00:00Z') })).toBe('taken');
    await failRun(db, run, 'a', at('2030-01-02T10:00:05Z'), new Error('the bank did not answer'));
    expect(await takeRun(db, run, 'b', { ...lease, now: at('2030-01-02T10:00:06Z') })).toBe('taken');
    const { rows } = await db.query<{ lastError: string }>(
      `select last_error as "lastError" from job_runs where job = 'test.failed'`,
    );
    expect(rows[0]!.lastError).toBe('the bank did not answer');
  });
});

describe.skipIf(severalNodesSkip)(
  `a repeating job on two nodes${severalNodesSkip ? ` (${severalNodesSkip})` : ''}`,
  () => {
    let other: Database;
    afterAll(() => other?.close());

    it('runs once per period, whichever node’s timer comes first', async () => {
      other = await anotherConnection(db);
      const runs: string[] = [];
      const everyMs = 250;
      const jobOn = (node: string, nodeDb: Database) =>
        startRepeatingJob({
          run: async () => {
            runs.push(node);
            return 0;
          },
          logger: silent,
          everyMs,
          firstAfterMs: node === 'a' ? 1 : 60,
          done: 'done',
          failed: 'failed',
          onceAcrossNodes: { job: 'test.repeating', db: nodeDb },
        });
      const jobs = [jobOn('a', db), jobOn('b', other)];
      try {
        await vi.waitFor(
          async () => {
            const { rows } = await db.query(
              `select 1 from job_runs where job = 'test.repeating' and finished_at is not null`,
            );
            expect(rows.length).toBeGreaterThanOrEqual(6);
          },
          { timeout: 10_000, interval: 50 },
        );
      } finally {
        await Promise.all(jobs.map((job) => job.stop()));
      }
      const { rows } = await db.query<{ dueAt: Date; attempts: number }>(
        `select due_at as "dueAt", attempts from job_runs where job = 'test.repeating' order by due_at`,
      );
      // Both nodes' timers come round in every period and each would run it on its own: one run
      // per period, as many runs as periods claimed, none taken twice.
      expect(runs.length).toBe(rows.length);
      expect(rows.every((row) => row.attempts === 1)).toBe(true);
    });
  },
);
