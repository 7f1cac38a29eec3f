import { recordAudit } from '../../../platform/audit/audit-log.ts';
import type { DeclarationsContext } from '../context.ts';
import { DeclarationErrors } from '../errors.ts';
import { changeableDeclaration } from './access.ts';
import { auditedBy, type DraftActor } from './actor.ts';
import { deleteAttachment } from './attachment-repository.ts';

/** Removes a file from a draft; once delivered, what was attached stays with the declaration. */
export async function removeAttachment(
  ctx: Pick<DeclarationsContext, 'db' | 'clock'>,
  actor: DraftActor,
  declarationId: string,
  attachmentId: string,
): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    await changeableDeclaration(tx, declarationId, actor.account, ['draft']);
    const removed = await deleteAttachment(tx, declarationId, attachmentId);
    if (!removed) throw DeclarationErrors.DECL_ATTACHMENT_NOT_FOUND();
    const at = ctx.clock.now();
    await recordAudit(tx, at, {
      action: 'declaration.attachment.delete',
      ...auditedBy(actor, declarationId),
      details: { attachmentId, name: removed.name, sha256: removed.sha256 },
    });
  });
}
