import { randomUUID } from 'node:crypto';
import type { GoodsDeclaration, TransitDeclaration } from '@shekara/contracts/declarations/documents';
import type { Account } from '../../accounts/index.ts';
import type { DeclarationsContext } from '../context.ts';
import { readableDeclaration } from '../drafts/access.ts';
import { InterchangeErrors } from './errors.ts';
import { writeEsadTask } from './export-task.ts';

/** A goods or transit declaration as the ESADout_CU document of the album (WD-14), written on a worker thread, with a file name for it. */
export async function exportDeclarationXml(
  ctx: Pick<DeclarationsContext, 'db' | 'clock' | 'workers'>,
  account: Account,
  id: string,
): Promise<{ name: string; xml: string }> {
  const declaration = await readableDeclaration(ctx.db, id, account);
  const envelope = { documentId: randomUUID().toUpperCase(), madeAt: almatyDateTime(ctx.clock.now()) };
  const stem = declaration.registrationNumber?.replace(/[^\w-]+/g, '_') ?? declaration.id;
  if (declaration.kind === 'goods') {
    const document = declaration.document as GoodsDeclaration;
    return { name: `${stem}.xml`, xml: await ctx.workers.run(writeEsadTask, { kind: 'goods', document, envelope }) };
  }
  if (declaration.kind === 'transit') {
    const document = declaration.document as TransitDeclaration;
    return { name: `${stem}.xml`, xml: await ctx.workers.run(writeEsadTask, { kind: 'transit', document, envelope }) };
  }
  throw InterchangeErrors.DECL_XML_KIND_NOT_EXCHANGED();
}

/** YYYY-MM-DDTHH:MM:SS in Almaty (UTC+5), as the album's date-times are written. */
function almatyDateTime(at: Date): string {
  return new Date(at.getTime() + 5 * 3600_000).toISOString().slice(0, 19);
}
