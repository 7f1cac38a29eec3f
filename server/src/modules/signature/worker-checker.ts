import { checkCmsSignature, type SignatureChecker } from '@shekara/nca';
import type { TaskRunner } from '../../platform/workers/worker-task.ts';
import { checkCmsTask, checkXmlTask } from './worker-tasks.ts';

/**
 * A CMS this small (with its detached data) is checked in place: a log-in challenge takes about
 * 0.2 ms, and the hop to a worker thread and back about as much again (0.30–0.36 ms in all,
 * bench/signature-workers.ts); a few kilobytes of application cost little more. At 64 KiB a GOST
 * CMS takes 0.7 ms, worth a thread. Larger ones, and every XML document, go to the workers.
 */
const inPlaceCmsBytes = 16 * 1024;

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
