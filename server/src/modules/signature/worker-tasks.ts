import { checkCmsSignature, checkXmlSignature, type XmlLimits } from '@shekara/nca';
import { defineWorkerTask } from '../../platform/workers/worker-task.ts';

/** The half of a verification that needs only the bytes (the library's signature-check.ts), as worker tasks. */
export const checkCmsTask = defineWorkerTask('signature.check-cms', (input: { cms: Uint8Array; data?: Uint8Array }) =>
  checkCmsSignature(input.cms, input.data),
);

export const checkXmlTask = defineWorkerTask('signature.check-xml', (input: { xml: string; limits?: XmlLimits }) =>
  checkXmlSignature(input.xml, input.limits),
);

export const signatureWorkerTasks = [checkCmsTask, checkXmlTask];
