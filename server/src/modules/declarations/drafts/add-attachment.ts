import { createHash, randomUUID } from 'node:crypto';
import {
  attachmentExtensions,
  contentMatchesType,
  isAttachmentType,
  nameFitsType,
} from '@shekara/contracts/declarations/drafts';
import { plainFileName } from '@shekara/contracts/domain';
import { recordAudit } from '../../../platform/audit/audit-log.ts';
import type { DeclarationsContext } from '../context.ts';
import { changeableDeclaration } from './access.ts';
import { auditedBy, type DraftActor } from './actor.ts';
import { type AttachmentMetadata, countAttachments, insertAttachment } from './attachment-repository.ts';
import { DraftErrors } from './errors.ts';

/**
 * Attaches a PDF or image to a draft (or a declaration returned for correction). The size is
 * bounded by the route's body limit; the type by the declared Content-Type and the file's own
 * first bytes; the name by that type's extensions, with nothing unseen in it (issue 14 point 8);
 * the number per declaration by configuration, counted under the declaration's lock.
 */
export async function addAttachment(
  ctx: Pick<DeclarationsContext, 'db' | 'clock' | 'config'>,
  actor: DraftActor,
  declarationId: string,
  file: { name: string; contentType: string; content: Buffer },
): Promise<AttachmentMetadata> {
  const contentType = file.contentType.split(';')[0]!.trim().toLowerCase();
  if (!isAttachmentType(contentType) || !contentMatchesType(contentType, file.content)) {
    throw DraftErrors.DECL_ATTACHMENT_TYPE_INVALID({ contentType: contentType.slice(0, 100) });
  }
  const name = plainFileName(file.name);
  if (!nameFitsType(contentType, name))
    throw DraftErrors.DECL_ATTACHMENT_NAME_INVALID({
      extensions: attachmentExtensions[contentType].map((e) => `.${e}`).join(', '),
    });
  const max = ctx.config.attachmentsPerDeclaration;
  return ctx.db.transaction(async (tx) => {
    await changeableDeclaration(tx, declarationId, actor.account);
    if ((await countAttachments(tx, declarationId)) >= max) throw DraftErrors.DECL_ATTACHMENTS_TOO_MANY({ max });
    const at = ctx.clock.now();
    const attachment = {
      id: randomUUID(),
      declarationId,
      name,
      contentType,
      sha256: createHash('sha256').update(file.content).digest('hex'),
      content: file.content,
      uploadedBy: actor.account.id,
    };
    await insertAttachment(tx, attachment, at);
    const view = {
      id: attachment.id,
      name,
      contentType,
      size: file.content.length,
      sha256: attachment.sha256,
      uploadedAt: at.toISOString(),
    };
    await recordAudit(tx, at, {
      action: 'declaration.attachment.add',
      ...auditedBy(actor, declarationId),
      details: { attachmentId: view.id, name: view.name, contentType, size: view.size, sha256: view.sha256 },
    });
    return view;
  });
}
