import { workerTasks } from './modules/worker-tasks.ts';
import { serveWorkerTasks } from './platform/workers/worker-host.ts';

// A worker thread of the server (platform/workers/worker-pool.ts): it loads only the tasks the
// modules run there, not the server itself. server/bundle.mjs bundles it as server/dist/worker.mjs.
serveWorkerTasks(workerTasks);
