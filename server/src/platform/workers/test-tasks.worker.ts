import { testTasks } from './test-tasks.ts';
import { serveWorkerTasks } from './worker-host.ts';

// The worker thread of worker-pool.test.ts.
serveWorkerTasks(testTasks);
