import { validBin, validIin } from '@shekara/nca/test-pki';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditOf } from '../../platform/audit/audit-log.ts';
import { manualClock } from '../../platform/clock.ts';
import type { Database } from '../../platform/db/database.ts';
import { inPlaceTasks } from '../../platform/workers/worker-task.ts';
import { testAppConfig } from '../../testing/app.ts';
import { openTestDatabase } from '../../testing/database.ts';
import { putOnEveryRegister } from '../../testing/registers.ts';
import { type Account, createStaffAccount, findAccount, type RequestFacts } from '../accounts/index.ts';
import { loadReferenceDemoData } from '../reference/index.ts';
import { approveRequest } from './approve-request.ts';
import type { CredentialsContext } from './context.ts';
import { recordNoticeSent } from './notice-letter.ts';
import { queueOf } from './queue.ts';
import { registerPaperRequest } from './register-paper-request.ts';
import { rejectRequest } from './reject-request.ts';
import { nextRequestNumber } from './request-repository.ts';

/**
 * The review and notice terms in working days over the real calendar (AST-4, AST-5), with the
 * clock moved across Nauryz 2026: 21–23 March are holidays, and the two that fall on the weekend
 * are carried over to 24 and 25 March.
 */
let db: Database;
let officer: Account;
const clock = manualClock('2026-03-19T04:00:00Z'); // Thursday 19 March, 09:00 in Almaty
const facts: RequestFacts = { ip: '127.0.0.1', userAgent: null, requestId: 'terms-test', language: 'ru' };
let ctx: CredentialsContext;

beforeAll(async () => {
  db = await openTestDatabase();
  await loadReferenceDemoData(db);
  // The carriers of these requests are on the register of customs carriers (REG-5).
  await putOnEveryRegister(
    db,
    [1, 2, 3].map((serial) => validBin('2020-01', serial)),
  );
  ctx = {
    db,
    clock,
    terms: { credentialsReviewWorkingDays: 15, credentialsNoticeWorkingDays: 1 },
    publicUrl: 'http://localhost:8080',
    support: testAppConfig.support,
    filingRatePerMinute: 30,
    workers: inPlaceTasks,
  };
  const { id } = await createStaffAccount(db, clock, {
    kind: 'officer',
    iin: validIin('1980-02-02', 3, 41),
    email: 'terms@example.kz',
    officeCode: '75000',
  });
  officer = (await findAccount(db, id))!;
}, 120_000);
afterAll(() => db?.close());

const at = (instant: string) => clock.set(instant);
const paper = (serial: number) => ({
  userType: 'customs_carrier' as const,
  iinBin: validBin('2020-01', serial),
  applicantName: `ТОО «Перевозчик ${serial}»`,
  postalAddress: 'г. Алматы',
  registrationNoticeNumber: `СГР-${serial}`,
});
const inQueue = async (id: string, filter: { overdue?: boolean } = {}) =>
  (await queueOf(ctx, officer, { limit: 500, ...filter })).requests.find((r) => r.id === id);

describe('the review term: 15 working days from the day of receipt (AST-5)', () => {
  let id: string;

  it('skips the weekend, Nauryz and its carried-over days', async () => {
    at('2026-03-19T04:00:00Z');
    const filed = await registerPaperRequest(ctx, officer, paper(1), facts);
    id = filed.requestId;
    // 20 Mar is day 1; 21–25 Mar are off; 26, 27, 30, 31 Mar, 1–3, 6–10, 13, 14 Apr are days 2–15.
    expect(filed.reviewDueOn).toBe('2026-04-14');
    expect(await inQueue(id)).toMatchObject({ workingDaysLeft: 15, reviewOverdue: false });
  });

  it('counts down in working days, so the holidays cost nothing', async () => {
    at('2026-03-25T06:00:00Z'); // the last day off
    expect(await inQueue(id)).toMatchObject({ workingDaysLeft: 14, reviewOverdue: false });
    at('2026-04-14T12:00:00Z'); // the due day itself
    expect(await inQueue(id)).toMatchObject({ workingDaysLeft: 0, reviewOverdue: false });
    expect(await inQueue(id, { overdue: true })).toBeUndefined();
  });

  it('flags the review as overdue the day after, with the days negative', async () => {
    at('2026-04-15T04:00:00Z');
    expect(await inQueue(id)).toMatchObject({ workingDaysLeft: -1, reviewOverdue: true });
    expect(await inQueue(id, { overdue: true })).toMatchObject({ reviewOverdue: true });
  });
});

describe('the notice term: 1 working day after the cabinet is created (AST-4)', () => {
  it('falls after the holidays for a decision just before them, and is flagged when missed', async () => {
    at('2026-03-20T05:00:00Z'); // Friday before Nauryz
    const { requestId } = await registerPaperRequest(ctx, officer, paper(2), facts);
    const approved = await approveRequest(ctx, officer, requestId, undefined, facts);
    expect(approved).toMatchObject({ notice: 'letter', noticeDueOn: '2026-03-26' });
    at('2026-03-26T12:00:00Z');
    expect(await inQueue(requestId)).toMatchObject({
      status: 'approved',
      workingDaysLeft: null,
      noticeDueOn: '2026-03-26',
      noticeOverdue: false,
    });
    at('2026-03-27T04:00:00Z');
    expect(await inQueue(requestId)).toMatchObject({ noticeOverdue: true });
    expect(await inQueue(requestId, { overdue: true })).toBeDefined();

    await recordNoticeSent(ctx, officer, requestId, facts);
    expect(await inQueue(requestId)).toMatchObject({ noticeOverdue: false, noticeSentAt: '2026-03-27T04:00:00.000Z' });
    expect((await auditOf(db, 'credentials_request', requestId)).at(-1)).toMatchObject({
      action: 'credentials_request.notice_sent',
      details: { late: true },
    });
  });

  it('runs for a refusal too, and a paper refusal waits for its letter', async () => {
    at('2026-04-30T05:00:00Z'); // Thursday before 1 May
    const { requestId } = await registerPaperRequest(ctx, officer, paper(3), facts);
    expect(await rejectRequest(ctx, officer, requestId, 'Заявление подписано не руководителем', facts)).toEqual({
      notice: 'letter',
      noticeDueOn: '2026-05-04',
    });
    at('2026-05-05T04:00:00Z');
    expect(await inQueue(requestId)).toMatchObject({ status: 'rejected', noticeOverdue: true });
  });
});

describe('request numbers', () => {
  it('are unique per body and year when many are filed at once', async () => {
    const numbers = await Promise.all(
      Array.from({ length: 12 }, () => db.transaction((tx) => nextRequestNumber(tx, '71000', 2026))),
    );
    expect(new Set(numbers).size).toBe(12);
    expect(numbers.every((n) => /^71000-2026-0000(0[1-9]|1[0-2])$/.test(n))).toBe(true);
    expect(await db.transaction((tx) => nextRequestNumber(tx, '71000', 2027))).toBe('71000-2027-000001');
  });
});
