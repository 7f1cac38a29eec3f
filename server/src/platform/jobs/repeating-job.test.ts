import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { inBatches, startRepeatingJob } from './repeating-job.ts';

describe('repeating jobs', () => {
  it('works off a backlog batch by batch until a batch comes back short', async () => {
    const backlog = Array.from({ length: 7 }, (_, i) => i);
    let batches = 0;
    const done = await inBatches(3, async () => {
      batches++;
      return backlog.splice(0, 3);
    });
    expect(done).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(batches).toBe(3);
  });

  it('runs once shortly after start, never twice at once, and stop waits for the run under way', async () => {
    let runs = 0;
    let overlapping = 0;
    let active = 0;
    let release: () => void = () => {};
    const job = startRepeatingJob({
      run: async () => {
        runs++;
        active++;
        overlapping = Math.max(overlapping, active);
        await new Promise<void>((resolve) => {
          release = resolve;
        });
        active--;
        return 1;
      },
      logger: pino({ level: 'silent' }),
      everyMs: 5,
      firstAfterMs: 1,
      done: 'done',
      failed: 'failed',
    });
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(runs).toBe(1);
    const stopped = job.stop();
    release();
    await stopped;
    expect(active).toBe(0);
    expect(overlapping).toBe(1);
  });
});
