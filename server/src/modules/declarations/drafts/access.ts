import type { DeclarationStatus } from '@shekara/contracts/declarations/status';
import type { Queryable } from '../../../platform/db/database.ts';
import type { Account } from '../../accounts/index.ts';
import { findDeclaration, type StoredDeclaration } from '../declaration-repository.ts';
import { DeclarationErrors } from '../errors.ts';
import { isCarrierOf } from '../transit/movement-repository.ts';
import { DraftErrors } from './errors.ts';

/**
 * Who may see and change a document (issue 6 point 2). It belongs to its author's organisation;
 * the declarant a customs representative names in it may read it too, once it has been submitted —
 * which control allows only under a representation the declarant confirmed. A draft naming
 * someone stays its author's alone, so nobody can push documents into another's cabinet. Anyone
 * else is told it does not exist (404, never 403), so ids cannot be probed. The carrier a transit
 * declaration names reads it, and its movement, once it is released for transit (issue 17 point 4).
 */
export const mayRead = (declaration: StoredDeclaration, account: Account) =>
  declaration.ownerIinBin === account.iinBin ||
  (declaration.declarantIinBin === account.iinBin && declaration.status !== 'draft');

export const mayEdit = (declaration: StoredDeclaration, account: Account) => declaration.ownerIinBin === account.iinBin;

/** The declarant corrects a returned declaration in place before signing it again. */
export const editableStatuses: readonly DeclarationStatus[] = ['draft', 'correction_requested'];

/** A document the account may read; `lock` holds its row for the caller's transaction. */
export async function readableDeclaration(
  db: Queryable,
  id: string,
  account: Account,
  options: { lock?: boolean } = {},
): Promise<StoredDeclaration> {
  const declaration = await findDeclaration(db, id, options);
  if (!declaration) throw DeclarationErrors.DECL_NOT_FOUND();
  if (mayRead(declaration, account)) return declaration;
  if (declaration.kind === 'transit' && (await isCarrierOf(db, id, account.iinBin))) return declaration;
  throw DeclarationErrors.DECL_NOT_FOUND();
}

/** A document of the account's organisation, locked, in one of `statuses`. */
export async function changeableDeclaration(
  tx: Queryable,
  id: string,
  account: Account,
  statuses: readonly DeclarationStatus[] = editableStatuses,
): Promise<StoredDeclaration> {
  const declaration = await readableDeclaration(tx, id, account, { lock: true });
  if (!mayEdit(declaration, account)) throw DraftErrors.DECL_READ_ONLY();
  if (!statuses.includes(declaration.status)) throw DeclarationErrors.DECL_NOT_EDITABLE();
  return declaration;
}
