import { createHash } from 'node:crypto';
import { localizedAmount } from '@shekara/contracts/i18n';
import { recordAudit } from '../../../platform/audit/audit-log.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { AppError } from '../../../platform/errors.ts';
import type { RequestFacts } from '../../accounts/index.ts';
import type { LedgerContext } from './context.ts';
import { balancesAfter, isBalanced, type Line, type PayerBalances, type PostingKind, withinFunds } from './entries.ts';
import { LedgerErrors } from './errors.ts';
import {
  findPostingByKey,
  insertPosting,
  type LockedPayer,
  lockPayer,
  type NewPosting,
  type Posting,
} from './ledger-repository.ts';
import { tengeOf } from './money.ts';

/** Who asked for a posting: an officer, or the system acting on a declaration (no account). */
export interface PostingActor {
  accountId: string | null;
  iin: string | null;
  facts?: RequestFacts;
}

/** What a posting request says, apart from its lines; the hash of it guards the idempotency key. */
export interface PostingRequest {
  payer: string;
  kind: PostingKind;
  idempotencyKey: string;
  amount: number;
  declarationId?: string | null;
  bankDocument?: { number: string; date: string } | null;
  reversesId?: number | null;
  bodyCode?: string | null;
  note?: string | null;
}

/**
 * What a kind of posting decides once the payer is locked: its lines, and the work to do beside
 * them (a reservation opened or closed). It throws a refusal when the posting may not be made.
 */
export type PostingPlan = (
  tx: Queryable,
  payer: LockedPayer,
) => Promise<{
  lines: Line[];
  after?: (tx: Queryable, posted: { id: number; at: Date; balances: PayerBalances }) => Promise<void>;
}>;

export interface PostingResult {
  posting: Posting;
  balances: PayerBalances;
  /** the key had been used for this very request: the first posting answered, nothing posted */
  replayed: boolean;
}

const uniqueViolation = (error: unknown) =>
  typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';

/**
 * Makes one posting in one transaction: locks the payer's accounts, answers a repeated key with
 * the posting it made, checks the lines balance and leave no payer balance below zero, writes the
 * posting, its lines, the balances and the audit record together. A refusal posts nothing and is
 * audited on its own.
 */
export async function post(
  ctx: LedgerContext,
  request: PostingRequest,
  actor: PostingActor,
  plan: PostingPlan,
): Promise<PostingResult> {
  const requestHash = hashOf(request);
  try {
    return await attempt(ctx, request, requestHash, actor, plan);
  } catch (error) {
    // Two first uses of one key for different payers: the loser's insert breaks the unique key,
    // and a second attempt finds the winner's posting under the key.
    if (uniqueViolation(error)) return attempt(ctx, request, requestHash, actor, plan).catch(refused);
    return refused(error);
  }

  async function refused(error: unknown): Promise<never> {
    if (error instanceof AppError) {
      await recordAudit(ctx.db, ctx.clock.now(), {
        ...auditBase(request, actor),
        outcome: 'refused',
        code: error.code,
        subjectType: 'advance_account',
        subjectId: request.payer,
      });
    }
    throw error;
  }
}

const attempt = (
  ctx: LedgerContext,
  request: PostingRequest,
  requestHash: string,
  actor: PostingActor,
  plan: PostingPlan,
): Promise<PostingResult> => ctx.db.transaction((tx) => postIn(tx, ctx, request, requestHash, actor, plan));

/**
 * Makes one posting inside a transaction the caller holds (a declaration's submission reserving
 * what it owes in the same transaction, say): the same steps as `post`, the refusal thrown for the
 * caller to roll back. A refusal is not audited here: the caller's transaction would take the
 * record with it.
 */
export function postWithin(
  tx: Queryable,
  ctx: LedgerContext,
  request: PostingRequest,
  actor: PostingActor,
  plan: PostingPlan,
): Promise<PostingResult> {
  return postIn(tx, ctx, request, hashOf(request), actor, plan);
}

async function postIn(
  tx: Queryable,
  ctx: LedgerContext,
  request: PostingRequest,
  requestHash: string,
  actor: PostingActor,
  plan: PostingPlan,
): Promise<PostingResult> {
  const payer = await lockPayer(tx, request.payer);
  const before = { available: payer.available.balance, reserved: payer.reserved.balance };
  const earlier = await findPostingByKey(tx, request.idempotencyKey);
  if (earlier) {
    if (earlier.requestHash !== requestHash) throw LedgerErrors.LEDGER_IDEMPOTENCY_CONFLICT();
    return { posting: earlier, balances: before, replayed: true };
  }
  const { lines, after: alongside } = await plan(tx, payer);
  if (!isBalanced(lines)) throw new Error(`unbalanced ${request.kind} posting: ${JSON.stringify(lines)}`);
  const after = balancesAfter(before, lines);
  if (!withinFunds(after)) {
    throw LedgerErrors.LEDGER_INSUFFICIENT_FUNDS({
      available: localizedAmount(tengeOf(before.available)),
      needed: localizedAmount(tengeOf(before.available - after.available)),
    });
  }
  const postedAt = ctx.clock.now();
  const row: NewPosting = {
    payer: request.payer,
    kind: request.kind,
    idempotencyKey: request.idempotencyKey,
    requestHash,
    amount: request.amount,
    declarationId: request.declarationId ?? null,
    bankDocumentNumber: request.bankDocument?.number ?? null,
    bankDocumentDate: request.bankDocument?.date ?? null,
    reversesId: request.reversesId ?? null,
    bodyCode: request.bodyCode ?? null,
    actorAccountId: actor.accountId,
    note: request.note ?? null,
    postedAt,
  };
  const id = await insertPosting(tx, row, lines, payer, after);
  await alongside?.(tx, { id, at: postedAt, balances: after });
  await recordAudit(tx, postedAt, {
    ...auditBase(request, actor),
    outcome: 'success',
    subjectType: 'ledger_posting',
    subjectId: String(id),
    details: {
      payer: request.payer,
      kind: request.kind,
      amount: tengeOf(request.amount),
      lines: lines.map((line) => ({ account: line.account, amount: tengeOf(line.amount) })),
      ...(request.declarationId ? { declarationId: request.declarationId } : {}),
      ...(request.bankDocument ? { bankDocument: request.bankDocument } : {}),
      ...(request.reversesId ? { reversesId: request.reversesId } : {}),
    },
  });
  return { posting: { ...row, id, currency: 'KZT', reversedById: null }, balances: after, replayed: false };
}

function auditBase(request: PostingRequest, actor: PostingActor) {
  return {
    action: `ledger.${request.kind}`,
    actorAccountId: actor.accountId,
    actorIin: actor.iin,
    bodyCode: request.bodyCode ?? null,
    ip: actor.facts?.ip,
    requestId: actor.facts?.requestId,
  };
}

/** SHA-256 of the request's facts in a fixed order: the same request always hashes the same. */
export function hashOf(request: PostingRequest): string {
  const facts = [
    request.payer,
    request.kind,
    request.amount,
    request.declarationId ?? null,
    request.bankDocument?.number ?? null,
    request.bankDocument?.date ?? null,
    request.reversesId ?? null,
    request.bodyCode ?? null,
    request.note ?? null,
  ];
  return createHash('sha256').update(JSON.stringify(facts)).digest('hex');
}
