import type { DeclarationKind } from '@shekara/contracts/declarations/documents';
import {
  allowedActions,
  type DeclarationStatus,
  type OfficerDecision,
  officerDecisions,
} from '@shekara/contracts/declarations/status';
import type { Queryable } from '../../../platform/db/database.ts';
import type { RowLock } from '../../../platform/db/first-row.ts';
import { type Account, bodyScopeOf, inBodyScope } from '../../accounts/index.ts';
import { findCustomsBody } from '../../reference/index.ts';
import { DeclarationErrors } from '../errors.ts';
import { isArrivalOfficer } from '../links/arrival-office.ts';
import { transitAccessOf, transitAllows } from '../transit/transit-access.ts';
import { findRegistered, type RegisteredDeclaration } from './officer-repository.ts';

/**
 * Which registered declarations an officer works with. In full: those delivered to a body in the
 * officer's scope (their department and the bodies under it; the Committee's administrators all).
 * Besides, any border checkpoint releases preliminary information wherever it was registered
 * (ACC-18): goods arrive at a border the registering office does not choose, so the checkpoint
 * finds the document by its number and records its use on arrival — and only that. Anything
 * else reads as absent, so numbers cannot be probed across bodies. A transit declaration is
 * shared by its two offices (transit/transit-access.ts): the office of departure decides up to the
 * release for transit, the office of destination takes the arrival and the completion.
 */
export type OfficerAccess = 'full' | 'border_release' | 'transit_departure' | 'transit_destination';

export const borderDecisions: readonly OfficerDecision[] = ['record_use'];

export async function isBorderCheckpointOfficer(
  db: Queryable,
  officer: Pick<Account, 'kind' | 'officeCode'>,
): Promise<boolean> {
  if (officer.kind !== 'officer' || !officer.officeCode) return false;
  return (await findCustomsBody(db, officer.officeCode))?.kind === 'border_checkpoint';
}

export async function visibleDeclaration(
  db: Queryable,
  officer: Account,
  registrationNumber: string,
  options: RowLock = {},
): Promise<{ declaration: RegisteredDeclaration; access: OfficerAccess }> {
  const declaration = await findRegistered(db, { number: registrationNumber }, options);
  if (declaration) {
    const scope = await bodyScopeOf(db, officer);
    if (declaration.kind === 'transit') {
      const access = await transitAccessOf(db, scope, declaration);
      if (access) return { declaration, access };
    }
    if (inBodyScope(scope, declaration.customsOffice)) return { declaration, access: 'full' };
    if (declaration.kind === 'preliminary' && (await isBorderCheckpointOfficer(db, officer)))
      return { declaration, access: 'border_release' };
    // ACC-16: an officer of the office of arrival it names acts on it like a border checkpoint
    if (declaration.kind === 'preliminary' && isArrivalOfficer(officer, declaration.document))
      return { declaration, access: 'border_release' };
  }
  throw DeclarationErrors.DECL_NOT_FOUND();
}

/** The decisions the status model allows an officer now, narrowed by the access (a border checkpoint's, a transit office's). */
export function allowedDecisions(
  status: DeclarationStatus,
  access: OfficerAccess,
  kind: DeclarationKind,
): OfficerDecision[] {
  return allowedActions(status, 'officer', kind).filter(
    (action): action is OfficerDecision =>
      (officerDecisions as readonly string[]).includes(action) &&
      (access === 'full' ||
        (access === 'border_release'
          ? (borderDecisions as readonly string[]).includes(action)
          : transitAllows(access, action as OfficerDecision))),
  );
}
