import { randomUUID } from 'node:crypto';
import { recordAudit } from '../../../platform/audit/audit-log.ts';
import type { Clock } from '../../../platform/clock.ts';
import type { Database } from '../../../platform/db/database.ts';
import type { Account, RequestFacts } from '../../accounts/index.ts';
import { RiskErrors } from './errors.ts';
import {
  findRiskProfile,
  insertRiskProfile,
  type RiskProfileFields,
  type StoredRiskProfile,
  updateRiskProfile,
} from './risk-repository.ts';

/**
 * Administrators configure the risk profiles (ACC-17: "configurable"). Each change is audited in
 * its own transaction with the profile as it became, so who sent which goods to inspection, and
 * since when, can be reconstructed.
 */
export async function createRiskProfile(
  ctx: { db: Database; clock: Clock },
  admin: Account,
  fields: RiskProfileFields,
  facts: RequestFacts,
): Promise<StoredRiskProfile> {
  assertDates(fields);
  const id = randomUUID();
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    await insertRiskProfile(tx, id, fields, admin.id, now);
    await recordAudit(tx, now, audit('declaration.risk_profile.create', admin, id, fields, facts));
  });
  return (await findRiskProfile(ctx.db, id))!;
}

export async function changeRiskProfile(
  ctx: { db: Database; clock: Clock },
  admin: Account,
  id: string,
  fields: RiskProfileFields,
  facts: RequestFacts,
): Promise<StoredRiskProfile> {
  assertDates(fields);
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const before = await findRiskProfile(tx, id, { forUpdate: true });
    if (!before) throw RiskErrors.DECL_RISK_PROFILE_NOT_FOUND();
    await updateRiskProfile(tx, id, fields, now);
    const event = audit('declaration.risk_profile.update', admin, id, fields, facts);
    await recordAudit(tx, now, {
      ...event,
      details: {
        ...event.details,
        before: {
          conditions: before.conditions,
          channel: before.channel,
          priority: before.priority,
          active: before.active,
        },
      },
    });
  });
  return (await findRiskProfile(ctx.db, id))!;
}

function assertDates(fields: RiskProfileFields): void {
  if (fields.validTo !== null && fields.validTo < fields.validFrom) throw RiskErrors.DECL_RISK_PROFILE_DATES_INVALID();
}

function audit(action: string, admin: Account, id: string, fields: RiskProfileFields, facts: RequestFacts) {
  return {
    action,
    outcome: 'success' as const,
    actorAccountId: admin.id,
    actorIin: admin.iinBin,
    subjectType: 'risk_profile',
    subjectId: id,
    ip: facts.ip,
    requestId: facts.requestId,
    details: { ...fields } as Record<string, unknown>,
  };
}
