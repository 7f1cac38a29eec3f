import type { ImportedFile, ImportReport } from '@shekara/contracts/declarations/interchange';
import { AppError } from '../../../platform/errors.ts';
import type { Language } from '../../../platform/i18n/language.ts';
import type { DeclarationsContext } from '../context.ts';
import type { DraftActor } from '../drafts/actor.ts';
import { checkDraft } from '../drafts/check-draft.ts';
import { createDraft } from '../drafts/create-draft.ts';
import { InterchangeErrors } from './errors.ts';
import { readUploadTask } from './import-task.ts';
import type { ReceivedRefusal } from './read-received.ts';

const refusalCodes: Record<ReceivedRefusal, keyof typeof InterchangeErrors> = {
  XML_REFUSED: 'DECL_XML_REFUSED',
  NOT_ESAD: 'DECL_XML_NOT_ESAD',
  SCHEMA_INVALID: 'DECL_XML_SCHEMA_INVALID',
};

/**
 * An upload of declarations made by declarant software (WD-7): one ESADout_CU or ED_Container
 * file, or a zip of them. Each file is read and checked against the album's schemas on a worker
 * thread; each declaration it holds becomes a draft of the caller's organisation, kept with the
 * file it came in (WD-11), and is run through format-logical control. A file that cannot be read
 * is refused with its errors; the others are imported even when control finds problems.
 */
export async function importDeclarations(
  ctx: Pick<DeclarationsContext, 'db' | 'clock' | 'workers' | 'config'>,
  actor: DraftActor,
  upload: { name: string; bytes: Uint8Array },
  language: Language,
): Promise<ImportReport> {
  const readings = await ctx.workers.run(readUploadTask, { ...upload, schemaDir: ctx.config.customsXsdDir });
  const files: ImportedFile[] = [];
  for (const { name, bytes, reading } of readings) {
    if (!reading.ok) {
      const code = refusalCodes[reading.code];
      const summary = InterchangeErrors[code]({ problem: reading.errors[0]?.message ?? '' }).messageIn(language);
      files.push({
        name,
        status: 'refused',
        errors:
          reading.code === 'SCHEMA_INVALID'
            ? reading.errors.map((error) => ({ code, ...error }))
            : [{ code, message: summary }],
      });
      continue;
    }
    const many = reading.documents.length > 1;
    for (const [index, document] of reading.documents.entries()) {
      const label = many ? `${name} #${index + 1}` : name;
      try {
        const { id } = await createDraft(ctx, actor, {
          kind: document.kind,
          document: document.fields,
          received: { name: name.slice(-300), content: bytes },
        });
        const control = await checkDraft(ctx, actor, id, { language });
        files.push({
          name: label,
          status: 'imported',
          declarationId: id,
          kind: document.kind,
          schemaChecked: reading.schemaChecked,
          control,
        });
      } catch (error) {
        if (!(error instanceof AppError) || error.status >= 500) throw error;
        files.push({
          name: label,
          status: 'refused',
          errors: [{ code: error.code, message: error.messageIn(language) }],
        });
      }
    }
  }
  return { files };
}
