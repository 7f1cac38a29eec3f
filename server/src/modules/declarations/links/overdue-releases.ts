import type { Clock } from '../../../platform/clock.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { type Account, bodyScopeOf } from '../../accounts/index.ts';
import { almatyDate } from '../../reference/index.ts';
import { overdueReleases } from './link-repository.ts';

/** At most this many listed: an office with more has a problem no longer list solves. */
const maxListed = 500;

/**
 * Releases before the goods declaration whose term passed with no goods declaration naming them
 * (ACC-17, EAEU Customs Code art. 120): in the officer's bodies, released and not closed, the
 * application's `declarationDueDate` before today in Almaty. A query when the officer asks,
 * not a scheduled job: the list is always as of now, and nothing changes status by itself —
 * what follows an overdue release (a case, a claim on the security) is the officer's.
 */
export async function overdueReleasesFor(db: Queryable, clock: Clock, officer: Account) {
  const asOf = almatyDate(clock.now());
  const rows = await overdueReleases(db, await bodyScopeOf(db, officer), asOf, maxListed);
  return {
    asOf,
    releases: rows.map((r) => ({ ...r, registeredAt: r.registeredAt.toISOString() })),
  };
}
