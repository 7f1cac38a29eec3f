import { describe, expect, it } from 'vitest';
import { createRegistrationQueue } from './registration-queue.ts';

/** A queue whose batches take `ms` and are kept in the order they ran; each item answers itself with "!". */
function recordingQueue(options: { maxBatch: number; inFlight: number }, ms: number, refuse?: string) {
  const batches: string[][] = [];
  const queue = createRegistrationQueue<string, string>(async (items) => {
    batches.push(items);
    await new Promise((resolve) => setTimeout(resolve, ms));
    if (refuse !== undefined && items.includes(refuse)) throw new Error(`refused ${items.length}`);
    return items.map((item) => `${item}!`);
  }, options);
  return { batches, queue };
}

/** Group registration (issue 6 point 16): what waits goes into the next batch; a failed batch fails only its bad item. */
describe('office queue', () => {
  it('registers what arrived during a batch together in the next one, each office-day on its own', async () => {
    const { batches, queue } = recordingQueue({ maxBatch: 3, inFlight: 1 }, 10);
    const results = await Promise.all([
      queue.register('75101/2026-11-22', 'a'),
      queue.register('75101/2026-11-22', 'b'),
      queue.register('75101/2026-11-22', 'c'),
      queue.register('71101/2026-11-22', 'x'),
      queue.register('75101/2026-11-22', 'd'),
      queue.register('75101/2026-11-22', 'e'),
    ]);
    expect(results).toEqual(['a!', 'b!', 'c!', 'x!', 'd!', 'e!']);
    expect(batches).toEqual([['a'], ['x'], ['b', 'c', 'd'], ['e']]);
  });

  it('registers each item of a failed batch alone, so only the bad one is refused', async () => {
    const { batches, queue } = recordingQueue({ maxBatch: 64, inFlight: 1 }, 5, 'bad');
    const outcomes = await Promise.allSettled(
      ['first', 'a', 'bad', 'c'].map((item) => queue.register('75101/2026-11-22', item)),
    );
    expect(outcomes.map((o) => (o.status === 'fulfilled' ? o.value : (o.reason as Error).message))).toEqual([
      'first!',
      'a!',
      'refused 1',
      'c!',
    ]);
    expect(batches).toEqual([['first'], ['a', 'bad', 'c'], ['a'], ['bad'], ['c']]);
  });

  it('runs up to inFlight batches of a queue at once, the rest waiting for the next', async () => {
    const { batches, queue } = recordingQueue({ maxBatch: 64, inFlight: 2 }, 10);
    const results = await Promise.all(['a', 'b', 'c', 'd'].map((item) => queue.register('registrations', item)));
    expect(results).toEqual(['a!', 'b!', 'c!', 'd!']);
    expect(batches).toEqual([['a'], ['b'], ['c', 'd']]);
  });
});
