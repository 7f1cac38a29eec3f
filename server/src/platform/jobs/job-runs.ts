import { randomBytes } from 'node:crypto';
import os from 'node:os';
import type { Queryable } from '../db/database.ts';

/**
 * Who runs a scheduled job's run when several nodes are due to (issue 20 point 1): one row per job
 * and due time in `job_runs` (migration 0036). The node whose insert makes the row — or whose
 * update takes over a row whose lease ran out unfinished — runs it; every other node finds it
 * taken or finished and does nothing. The lease is the guard against a node dying mid-run: once it
 * has run out, another node may run the same due time again. A run that fails gives its lease back
 * at once, so the next try may be any node's.
 */
export interface JobRun {
  job: string;
  /** the due time this run is for: the same instant on every node (a day's run time, an hour) */
  dueAt: Date;
}

/** This process among the nodes, in the rows it takes: host, process and a random part. */
export function nodeName(): string {
  return `${os.hostname()}/${process.pid}/${randomBytes(3).toString('hex')}`;
}

/** 'taken': this node runs it now; 'held': another node is running it; 'done': it has run. */
export type RunClaim = 'taken' | 'held' | 'done';

export async function takeRun(
  db: Queryable,
  run: JobRun,
  node: string,
  { now, leaseMs }: { now: Date; leaseMs: number },
): Promise<RunClaim> {
  const { rows } = await db.query<{ attempts: number }>(
    `insert into job_runs as r (job, due_at, node, attempts, taken_at, lease_until) values ($1, $2, $3, 1, $4, $5)
     on conflict (job, due_at) do update
       set node = excluded.node, attempts = r.attempts + 1, taken_at = excluded.taken_at, lease_until = excluded.lease_until
       where r.finished_at is null and r.lease_until <= excluded.taken_at
     returning r.attempts`,
    [run.job, run.dueAt, node, now, new Date(now.getTime() + leaseMs)],
  );
  if (rows.length > 0) return 'taken';
  const { rows: found } = await db.query<{ done: boolean }>(
    'select finished_at is not null as done from job_runs where job = $1 and due_at = $2',
    [run.job, run.dueAt],
  );
  return found[0]?.done ? 'done' : 'held';
}

/** The run is done: no node runs this due time again. Rows of runs a month old are let go then. */
export async function finishRun(db: Queryable, run: JobRun, node: string, now: Date): Promise<void> {
  await db.query(
    'update job_runs set finished_at = $4, lease_until = $4, last_error = null where job = $1 and due_at = $2 and node = $3',
    [run.job, run.dueAt, node, now],
  );
  await db.query(`delete from job_runs where job = $1 and due_at < $2::timestamptz - interval '30 days'`, [
    run.job,
    now,
  ]);
}

/** The run failed: its lease is given back, so the next try (this node's or another's) may take it. */
export async function failRun(db: Queryable, run: JobRun, node: string, now: Date, error: unknown): Promise<void> {
  await db.query('update job_runs set lease_until = $4, last_error = $5 where job = $1 and due_at = $2 and node = $3', [
    run.job,
    run.dueAt,
    node,
    now,
    (error instanceof Error ? error.message : String(error)).slice(0, 2_000),
  ]);
}
