import type { Account } from '../../accounts/index.ts';

/**
 * Whether `officer` serves the office of arrival preliminary information names (ACC-16): its
 * officers record the information's use when the goods arrive, wherever it was registered, as a
 * border checkpoint does. The office itself, not its department: the department's other bodies
 * do not receive the goods.
 */
export function isArrivalOfficer(officer: Pick<Account, 'kind' | 'officeCode'>, document: unknown): boolean {
  if (officer.kind !== 'officer' || !officer.officeCode) return false;
  if (document === null || typeof document !== 'object') return false;
  return (document as { arrivalOffice?: unknown }).arrivalOffice === officer.officeCode;
}
