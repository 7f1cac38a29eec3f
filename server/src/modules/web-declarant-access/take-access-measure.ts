import { randomUUID } from 'node:crypto';
import { recordAudit } from '../../platform/audit/audit-log.ts';
import { AppError } from '../../platform/errors.ts';
import { enqueueMailTo } from '../../platform/mail/mail.ts';
import {
  type AccessStatus,
  type Account,
  endSessionsOf,
  findAccount,
  type RequestFacts,
  setAccessStatus,
} from '../accounts/index.ts';
import { almatyDate } from '../reference/index.ts';
import { insertMeasure, type Measure, type MeasureGround, measuresOf } from './access-measure-repository.ts';
import { decideMeasure, earliestRegrant } from './access-rules.ts';
import type { WebDeclarantContext } from './context.ts';
import { printedDate } from './dates.ts';
import { accessMeasureMail } from './mail-texts.ts';
import { assertAccountInScope } from './scope.ts';

export interface MeasureInput {
  measure: Measure;
  reason?: string;
  /** revocation: why (WD-27) */
  ground?: MeasureGround;
  /** regrant: the officer's note on how the cause was removed */
  note?: string;
}

export interface MeasureTaken {
  accountId: string;
  measure: Measure;
  accessStatus: AccessStatus;
  permanent: boolean;
  noticeOn: string;
  /** after a revocation: the first day access may be granted again (WD-29) */
  earliestRegrant: string | null;
}

/**
 * A measure on an account's access (WD-24, WD-27..30), enforced here and nowhere else: decided by
 * `decideMeasure`, then in one transaction the measure's record, the account's access status,
 * the end of its live sessions when access is withdrawn, the audit record and the notice to the
 * user — whose date is the notice date WD-29 counts the month from. A refusal is audited too.
 */
export async function takeAccessMeasure(
  ctx: WebDeclarantContext,
  officer: Account,
  accountId: string,
  input: MeasureInput,
  facts: RequestFacts,
): Promise<MeasureTaken> {
  let bodyCode: string | null = officer.officeCode;
  try {
    return await ctx.db.transaction(async (tx) => {
      const account = await assertAccountInScope(tx, officer, await findAccount(tx, accountId, { forUpdate: true }));
      // Read under the account's lock, so one account's measures are in the order they were taken.
      const now = ctx.clock.now();
      const today = almatyDate(now);
      bodyCode = account.registeringBodyCode ?? officer.officeCode;
      const past = await measuresOf(tx, account.id);
      const decision = decideMeasure(account.accessStatus, past, input.measure, today);
      if (decision instanceof AppError) throw decision;

      const ground =
        input.measure === 'suspended'
          ? 'third_party_access'
          : input.measure === 'revoked'
            ? (input.ground ?? 'rules_broken')
            : null;
      const reason = input.measure === 'regranted' ? (input.note ?? null) : (input.reason ?? null);
      const measure = {
        id: randomUUID(),
        accountId: account.id,
        measure: input.measure,
        ground,
        reason,
        noticeOn: today,
        permanent: decision.permanent,
        bodyCode,
        byAccountId: officer.id,
        at: now,
      };
      await insertMeasure(tx, measure);
      await setAccessStatus(tx, account.id, decision.accessStatus, now);
      const sessionsEnded =
        decision.accessStatus === 'active' ? 0 : await endSessionsOf(tx, account.id, 'access_withdrawn', now);

      const earliest = input.measure === 'revoked' && !decision.permanent ? earliestRegrant([...past, measure]) : null;
      const mailKind = decision.permanent ? 'disabled' : input.measure;
      const mail = accessMeasureMail(facts.language, mailKind, {
        reason: reason ?? '',
        earliest: earliest ? printedDate(earliest) : undefined,
      });
      await enqueueMailTo(tx, now, account.email, `access.${mailKind}`, { ...mail, language: facts.language });
      await recordAudit(tx, now, {
        action: `access.${input.measure}`,
        outcome: 'success',
        actorAccountId: officer.id,
        subjectType: 'account',
        subjectId: account.id,
        bodyCode,
        ip: facts.ip,
        requestId: facts.requestId,
        details: {
          measureId: measure.id,
          ground,
          reason,
          accessStatus: decision.accessStatus,
          permanent: decision.permanent,
          sessionsEnded,
        },
      });
      return {
        accountId: account.id,
        measure: input.measure,
        accessStatus: decision.accessStatus,
        permanent: decision.permanent,
        noticeOn: today,
        earliestRegrant: earliest,
      };
    });
  } catch (error) {
    if (error instanceof AppError) {
      await recordAudit(ctx.db, ctx.clock.now(), {
        action: `access.${input.measure}`,
        outcome: 'refused',
        code: error.code,
        actorAccountId: officer.id,
        subjectType: 'account',
        subjectId: accountId,
        bodyCode,
        ip: facts.ip,
        requestId: facts.requestId,
        details: error.details && typeof error.details === 'object' ? (error.details as Record<string, unknown>) : {},
      });
    }
    throw error;
  }
}
