import type { GoodsDeclaration, TransitDeclaration } from '@shekara/contracts/declarations/documents';
import { defineWorkerTask } from '../../../platform/workers/worker-task.ts';
import { type EsadEnvelope, writeGoodsEsad, writeTransitEsad } from './esad-writer.ts';

export type WriteEsadInput = { envelope: EsadEnvelope } & (
  | { kind: 'goods'; document: GoodsDeclaration }
  | { kind: 'transit'; document: TransitDeclaration }
);

/**
 * Writing a declaration as ESADout_CU on a worker thread (WD-14): the writer reads its own
 * document back to note what the album has no element for, about 1.5 s for 999 items, which the
 * server's other requests must not wait for.
 */
export const writeEsadTask = defineWorkerTask('declarations.write-esad', (input: WriteEsadInput): string =>
  input.kind === 'goods'
    ? writeGoodsEsad(input.document, input.envelope)
    : writeTransitEsad(input.document, input.envelope),
);
