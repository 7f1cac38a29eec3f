import type { DeclarationsContext } from '../context.ts';
import { readableDeclaration } from './access.ts';
import type { DraftActor } from './actor.ts';
import { createDraft } from './create-draft.ts';

/**
 * A new draft from an earlier document of any status (issue 6 point 2): its working copy, read by
 * the kind's current model, in the actor's organisation. Attachments and numbers stay with the original.
 */
export async function copyDraft(
  ctx: Pick<DeclarationsContext, 'db' | 'clock'>,
  actor: DraftActor,
  sourceId: string,
): Promise<{ id: string; revision: number }> {
  const source = await readableDeclaration(ctx.db, sourceId, actor.account);
  return createDraft(ctx, actor, { kind: source.kind, document: source.document, copiedFromId: source.id });
}
