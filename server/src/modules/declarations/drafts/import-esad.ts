import type { DeclarationsContext } from '../context.ts';
import { EsadRefused, readEsadTransitXml } from '../documents/esad-transit-xml.ts';
import { DeclarationErrors } from '../errors.ts';
import type { DraftActor } from './actor.ts';
import { createDraft } from './create-draft.ts';

/**
 * A transit declaration formed by other declarant software and handed over as a file (WD-7), in
 * the ESADout_CU format of the customs external-format album (bare or inside an ED_Container):
 * it becomes a draft like any other, checked by control and signed here before delivery.
 */
export async function importEsadTransit(
  ctx: Pick<DeclarationsContext, 'db' | 'clock'>,
  actor: DraftActor,
  xml: string,
): Promise<{ id: string; revision: number }> {
  let document: ReturnType<typeof readEsadTransitXml>;
  try {
    document = readEsadTransitXml(xml);
  } catch (error) {
    if (error instanceof EsadRefused)
      throw DeclarationErrors.DECL_DOCUMENT_INVALID({ problem: error.message.slice(0, 300) });
    throw error;
  }
  return createDraft(ctx, actor, { kind: 'transit', document });
}
