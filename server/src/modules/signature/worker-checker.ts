import { checkCmsSignature, type SignatureChecker } from '@shekara/nca';
import type { TaskRunner } from '../../platform/workers/worker-task.ts';
import { checkCmsTask, checkXmlTask } from './worker-tasks.ts';

/**
 * A CMS this small (with its detached data) is checked in place: a log-in challenge or an
 * application of a few kilobytes takes 0.1–0.4 ms, less than the hop to a worker thread and back
 * (bench/signature-workers.ts). Larger ones, and every XML document, go to the workers.
 */
export const inPlaceCmsBytes = 64 * 1024;

/** The verifier's byte-level checks on the server's worker threads. */
export function workerChecker(workers: TaskRunner): SignatureChecker {
  return {
    async cms(cms, data) {
      if (cms.length + (data?.length ?? 0) <= inPlaceCmsBytes) return checkCmsSignature(cms, data);
      return workers.run(checkCmsTask, data ? { cms, data } : { cms });
    },
    xml: (xml, limits) => workers.run(checkXmlTask, limits ? { xml, limits } : { xml }),
  };
}
