import type { TaskRunner } from '../../../platform/workers/worker-task.ts';
import type { RequestFacts } from '../../accounts/index.ts';
import type { ReceiptSigner } from '../../declarations/index.ts';
import type { LedgerContext } from '../ledger/context.ts';

/** What customs receipt orders need: the ledger's context (they are paid from it) and the system's signer. */
export interface ReceiptOrderContext extends LedgerContext {
  /** the key that signs delivery receipts signs the ТПО too: the system's own signature */
  signer: ReceiptSigner;
  /** the worker threads the ТПО is printed on */
  workers: TaskRunner;
}

/** Who acts on a ТПО: an officer, or the recipient in its cabinet. */
export interface ReceiptOrderActor {
  accountId: string;
  iin: string;
  facts?: RequestFacts;
}
