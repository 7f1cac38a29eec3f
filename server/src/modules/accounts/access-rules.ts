import type { AppError } from '../../platform/errors.ts';
import type { Account } from './account-repository.ts';
import { AccountErrors } from './errors.ts';

/**
 * Whether an account's access lets it in (WD-24, WD-27..30): null when it does, else the refusal.
 * Checked at log-in, on every authenticated request, and by every submission (issue 6 point 6).
 */
export function accessRefusal(account: Pick<Account, 'accessStatus'>): AppError | null {
  switch (account.accessStatus) {
    case 'active':
      return null;
    case 'suspended':
      return AccountErrors.ACCESS_SUSPENDED();
    case 'revoked':
      return AccountErrors.ACCESS_REVOKED();
    case 'disabled':
      return AccountErrors.ACCESS_DISABLED_PERMANENTLY();
  }
}
