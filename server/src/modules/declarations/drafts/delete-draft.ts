import { recordAudit } from '../../../platform/audit/audit-log.ts';
import type { DeclarationsContext } from '../context.ts';
import { softDeleteDeclaration } from '../declaration-repository.ts';
import { changeableDeclaration } from './access.ts';
import { auditedBy, type DraftActor } from './actor.ts';

/**
 * Deletes a draft of the actor's organisation. Only a draft: anything delivered to customs stays.
 * The row is kept with deleted_at (copies and the audit log may point at it) and reads as absent.
 */
export async function deleteDraft(
  ctx: Pick<DeclarationsContext, 'db' | 'clock'>,
  actor: DraftActor,
  id: string,
): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const declaration = await changeableDeclaration(tx, id, actor.account, ['draft']);
    const at = ctx.clock.now();
    await softDeleteDeclaration(tx, id, at);
    await recordAudit(tx, at, {
      action: 'declaration.delete',
      ...auditedBy(actor, id),
      details: { kind: declaration.kind, revision: declaration.revision },
    });
  });
}
