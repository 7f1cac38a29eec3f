import { defineWorkerTask } from './worker-task.ts';

/** Tasks that behave badly on purpose, for worker-pool.test.ts (test-tasks.worker.ts serves them). */
export const echoTask = defineWorkerTask('test.echo', (input: { value: unknown }) => input.value);

export const spinTask = defineWorkerTask('test.spin', (input: { ms: number }) => {
  // Busy, as a parser is: the event loop of the thread never turns meanwhile.
  const until = performance.now() + input.ms;
  while (performance.now() < until);
  return input.ms;
});

export const throwTask = defineWorkerTask('test.throw', (): never => {
  throw new Error('a fault in the task');
});

export const hoardTask = defineWorkerTask('test.hoard', () => {
  const kept: number[][] = [];
  for (;;) kept.push(new Array(1_000_000).fill(kept.length));
});

export const testTasks = [echoTask, spinTask, throwTask, hoardTask];
