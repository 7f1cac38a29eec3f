import type { DeclarationsContext } from '../context.ts';
import { readEsadTransitTask } from '../documents/esad-transit-task.ts';
import { DeclarationErrors } from '../errors.ts';
import type { DraftActor } from './actor.ts';
import { createDraft } from './create-draft.ts';

/**
 * A transit declaration formed by other declarant software and handed over as a file (WD-7), in
 * the ESADout_CU format of the customs external-format album (bare or inside an ED_Container):
 * it becomes a draft like any other, checked by control and signed here before delivery. The XML
 * is read on a worker thread: a file of several megabytes takes seconds to parse.
 */
export async function importEsadTransit(
  ctx: Pick<DeclarationsContext, 'db' | 'clock' | 'workers'>,
  actor: DraftActor,
  xml: string,
): Promise<{ id: string; revision: number }> {
  const reading = await ctx.workers.run(readEsadTransitTask, xml);
  if (!reading.ok) throw DeclarationErrors.DECL_DOCUMENT_INVALID({ problem: reading.problem.slice(0, 300) });
  return createDraft(ctx, actor, { kind: 'transit', document: reading.fields });
}
