// A worker thread's entry when the server runs from its TypeScript sources (tests, `npm run dev`):
// registers tsx's loader in this thread, then loads the entry named in workerData. The bundle
// (`npm start`) has a JavaScript entry of its own and does not come here.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
