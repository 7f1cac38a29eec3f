import type { DataReadObject, DataReadReason } from '@shekara/contracts/accounts';
import type { FastifyRequest } from 'fastify';
import { recordDataRead } from '../../accounts/index.ts';
import type { DeclarationsContext } from '../context.ts';

/**
 * An officer's read of a registered declaration, or of a part of it, on record (ACC-7): the data
 * are the declarant's and, when a customs representative filed it, the filer's too.
 */
export async function recordDeclarationRead(
  ctx: Pick<DeclarationsContext, 'db' | 'clock'>,
  request: FastifyRequest,
  reason: DataReadReason,
  declaration: { ownerIinBin: string; declarantIinBin: string | null },
  object: { type: DataReadObject; id: string },
): Promise<void> {
  const iinBins = [declaration.declarantIinBin ?? declaration.ownerIinBin, declaration.ownerIinBin];
  await recordDataRead(ctx, request, { reason, object, subject: { iinBins } });
}
