import { describe, expect, it } from 'vitest';
import { createRegistrationQueue } from './registration-queue.ts';

/** Group registration (issue 6 point 16): what waits goes into the next batch; a failed batch fails only its bad item. */
describe('office queue', () => {
  it('registers what arrived during a batch together in the next one, each office-day on its own', async () => {
    const batches: string[][] = [];
    const queue = createRegistrationQueue<string, string>(
      async (items) => {
        batches.push(items);
        await new Promise((resolve) => setTimeout(resolve, 10));
        return items.map((item) => `${item}!`);
      },
      { maxBatch: 3, inFlight: 1 },
    );
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
    const batches: string[][] = [];
    const queue = createRegistrationQueue<string, string>(
      async (items) => {
        batches.push(items);
        await new Promise((resolve) => setTimeout(resolve, 5));
        if (items.includes('bad')) throw new Error(`refused ${items.length}`);
        return items.map((item) => `${item}!`);
      },
      { maxBatch: 64, inFlight: 1 },
    );
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
    const batches: string[][] = [];
    const queue = createRegistrationQueue<string, string>(
      async (items) => {
        batches.push(items);
        await new Promise((resolve) => setTimeout(resolve, 10));
        return items.map((item) => `${item}!`);
      },
      { maxBatch: 64, inFlight: 2 },
    );
    const results = await Promise.all(['a', 'b', 'c', 'd'].map((item) => queue.register('registrations', item)));
    expect(results).toEqual(['a!', 'b!', 'c!', 'd!']);
    expect(batches).toEqual([['a'], ['b'], ['c', 'd']]);
  });
});
