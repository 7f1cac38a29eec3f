import type { Queryable } from '../../platform/db/database.ts';
import { addDays, type Calendar, loadCalendar } from '../reference/index.ts';
import type { CredentialsRequest } from './request-repository.ts';

/** The terms of the territorial body, from configuration (AST-5, AST-4). */
export interface CredentialsTerms {
  credentialsReviewWorkingDays: number;
  credentialsNoticeWorkingDays: number;
}

/**
 * A calendar reaching from the earliest of `dates` to well past the latest plus `workingDays`:
 * a term of n working days never spans more than twice n calendar days plus the longest run of
 * holidays, so the margin keeps the count inside the loaded rows.
 */
export async function calendarAround(db: Queryable, dates: readonly string[], workingDays = 0): Promise<Calendar> {
  const sorted = [...dates].sort();
  return loadCalendar(db, addDays(sorted[0]!, -1), addDays(sorted[sorted.length - 1]!, workingDays * 2 + 30));
}

/** Where a request stands against its terms today ('YYYY-MM-DD', Almaty). */
export interface TermsState {
  /** working days left to decide (negative when late); null once decided */
  workingDaysLeft: number | null;
  reviewOverdue: boolean;
  noticeOverdue: boolean;
}

export function termsState(
  request: Pick<CredentialsRequest, 'status' | 'reviewDueOn' | 'noticeDueOn' | 'noticeSentAt'>,
  today: string,
  calendar: Calendar,
): TermsState {
  const open = request.status === 'submitted';
  return {
    workingDaysLeft: open ? calendar.workingDaysBetween(today, request.reviewDueOn) : null,
    reviewOverdue: open && today > request.reviewDueOn,
    noticeOverdue:
      !open && request.noticeSentAt === null && request.noticeDueOn !== null && today > request.noticeDueOn,
  };
}
