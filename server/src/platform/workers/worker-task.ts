/**
 * A piece of work that may run on a worker thread: a name the worker looks it up by, and the
 * function itself. Input and output cross threads by structured clone (plain data, Dates, typed
 * arrays; no classes, no functions). An expected refusal is part of the output, never a throw: a
 * throw is a fault, and reaches the caller as one.
 */
export interface WorkerTask<Input, Output> {
  readonly name: string;
  run(input: Input): Output | Promise<Output>;
}

export function defineWorkerTask<Input, Output>(
  name: string,
  run: (input: Input) => Output | Promise<Output>,
): WorkerTask<Input, Output> {
  return { name, run };
}

/** Runs tasks somewhere: on worker threads (worker-pool.ts) or on the caller's thread (`inPlaceTasks`). */
export interface TaskRunner {
  run<Input, Output>(task: WorkerTask<Input, Output>, input: Input): Promise<Output>;
  /** Starts what the runner needs ahead of the first task (its threads); returns at once. */
  warmUp(): void;
  /**
   * Refuses further tasks (SHUTTING_DOWN) and ends the threads. With `finishTasks`, the tasks
   * already given run to their end first (each within its time limit): a shutdown lets the
   * requests in flight have their answers. Without, they are refused at once.
   */
  close(options?: { finishTasks?: boolean }): Promise<void>;
  /** How busy the runner is now, for the metrics; a runner without threads has nothing to tell. */
  load?(): WorkerLoad;
}

export interface WorkerLoad {
  /** Threads started. */
  threads: number;
  /** Threads running a task. */
  busy: number;
  /** Tasks waiting for a thread. */
  queued: number;
}

/**
 * On the caller's own thread: for tests of what a task does, and for the command line, where no
 * other request waits on the event loop. Never for the server.
 */
export const inPlaceTasks: TaskRunner = {
  run: async (task, input) => task.run(input),
  warmUp: () => {},
  close: async () => {},
};
