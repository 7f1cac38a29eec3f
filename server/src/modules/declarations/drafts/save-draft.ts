import { recordAudit } from '../../../platform/audit/audit-log.ts';
import type { DeclarationsContext } from '../context.ts';
import { updateDocument } from '../declaration-repository.ts';
import { parseDocument } from '../documents/parse-document.ts';
import { DeclarationErrors } from '../errors.ts';
import { changeableDeclaration } from './access.ts';
import { auditedBy, type DraftActor } from './actor.ts';
import { namedDeclarant } from './declarant.ts';

/**
 * The editor's save and autosave: the whole working copy, accepted only over the revision the
 * editor last read, so a stale window cannot overwrite a newer save (DECL_REVISION_CONFLICT with
 * the current revision). A draft, or a declaration returned for correction, may be saved.
 */
export async function saveDraft(
  ctx: Pick<DeclarationsContext, 'db' | 'clock'>,
  actor: DraftActor,
  id: string,
  input: { document: unknown; revision: number },
): Promise<{ id: string; revision: number }> {
  return ctx.db.transaction(async (tx) => {
    const declaration = await changeableDeclaration(tx, id, actor.account);
    if (declaration.revision !== input.revision) {
      throw DeclarationErrors.DECL_REVISION_CONFLICT(
        { current: declaration.revision },
        { details: { current: declaration.revision } },
      );
    }
    const document = parseDocument(declaration.kind, input.document);
    const at = ctx.clock.now();
    const declarantIinBin = namedDeclarant(declaration.kind, document);
    const revision = await updateDocument(tx, id, { document, declarantIinBin, expectedRevision: input.revision }, at);
    if (revision === null) throw new Error(`declaration ${id} changed under its row lock`);
    await recordAudit(tx, at, {
      action: 'declaration.save',
      ...auditedBy(actor, id),
      details: { revision, declarant: declarantIinBin },
    });
    return { id, revision };
  });
}
