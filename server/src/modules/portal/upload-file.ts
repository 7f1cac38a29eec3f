import { createHash, randomUUID } from 'node:crypto';
import { plainFileName } from '@shekara/contracts/domain';
import type { FileView } from '@shekara/contracts/portal';
import { recordAudit } from '../../platform/audit/audit-log.ts';
import type { LocalizedText } from '../../platform/i18n/language.ts';
import type { Editor, PortalContext } from './context.ts';
import { PortalErrors } from './errors.ts';
import { insertFile } from './file-repository.ts';

/** The largest file an administrator may upload: installers of declarant software fit well within it. */
export const maxFileBytes = 20 * 1024 * 1024;

/** Why an upload is refused, as the administrator reads it. */
const fileRefusals: Record<'name' | 'contentType' | 'empty' | 'tooLarge', LocalizedText> = {
  name: { kk: 'файлдың атауы жоқ', ru: 'у файла нет имени', en: 'the file has no name' },
  contentType: { kk: 'файлдың түрі белгісіз', ru: 'тип файла не распознан', en: 'the content type is not one' },
  empty: { kk: 'файл бос', ru: 'файл пуст', en: 'the file is empty' },
  tooLarge: {
    kk: `файл тым үлкен (ең көбі ${maxFileBytes / 1024 / 1024} МБ)`,
    ru: `файл слишком велик (не более ${maxFileBytes / 1024 / 1024} МБ)`,
    en: `the file is too large (at most ${maxFileBytes / 1024 / 1024} MB)`,
  },
};

const mediaType = /^[a-z0-9][a-z0-9!#$&^_.+-]{0,126}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$/;

/**
 * Stores a file an administrator uploaded (software, training attachments) with its SHA-256,
 * which the portal publishes beside the download. Audited, with the checksum.
 */
export async function uploadFile(
  ctx: PortalContext,
  editor: Editor,
  upload: { name: string; contentType: string | undefined; content: Buffer },
): Promise<FileView> {
  // Nothing unseen in the name a visitor downloads by (issue 14 point 8): no bidi override turns
  // `setup‮gpj.exe` into what looks like a picture.
  const name = plainFileName(upload.name);
  if (name === '') throw PortalErrors.PORTAL_FILE_INVALID({ reason: fileRefusals.name });
  const contentType = (upload.contentType ?? 'application/octet-stream').split(';')[0]!.trim().toLowerCase();
  if (!mediaType.test(contentType)) throw PortalErrors.PORTAL_FILE_INVALID({ reason: fileRefusals.contentType });
  if (upload.content.length === 0) throw PortalErrors.PORTAL_FILE_INVALID({ reason: fileRefusals.empty });
  if (upload.content.length > maxFileBytes) throw PortalErrors.PORTAL_FILE_INVALID({ reason: fileRefusals.tooLarge });
  const file = {
    id: randomUUID(),
    name,
    contentType,
    content: upload.content,
    sha256: createHash('sha256').update(upload.content).digest('hex'),
    uploadedAt: ctx.clock.now(),
    uploadedBy: editor.accountId,
  };
  await ctx.db.transaction(async (tx) => {
    await insertFile(tx, file);
    await recordAudit(tx, file.uploadedAt, {
      action: 'portal.file.upload',
      outcome: 'success',
      actorAccountId: editor.accountId,
      subjectType: 'portal_file',
      subjectId: file.id,
      ip: editor.facts.ip,
      requestId: editor.facts.requestId,
      details: { name: file.name, contentType, size: file.content.length, sha256: file.sha256 },
    });
  });
  return {
    id: file.id,
    name: file.name,
    contentType,
    size: file.content.length,
    sha256: file.sha256,
    uploadedAt: file.uploadedAt.toISOString(),
  };
}
