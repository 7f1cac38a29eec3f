import { localizedAmount } from '@shekara/contracts/i18n';
import type { Queryable } from '../../../platform/db/database.ts';
import type { LedgerContext } from './context.ts';
import { enqueueDepositNotice } from './deposit-notice.ts';
import { debitLines, depositLines, refundLines, releaseLines, reservationLines, reversalLines } from './entries.ts';
import { LedgerErrors } from './errors.ts';
import {
  closeReservation,
  depositStands,
  findPosting,
  findPostingByKey,
  insertReservation,
  linesOf,
  openReservationOf,
  payerBalances,
} from './ledger-repository.ts';
import { tengeOf } from './money.ts';
import {
  type PostingActor,
  type PostingPlan,
  type PostingRequest,
  type PostingResult,
  post,
  postWithin,
} from './post.ts';

/*
 * The advance account's operations (ACC-14), one posting each. Amounts are tiyn; every
 * operation takes the caller's idempotency key: the same key with the same request answers the
 * first posting again and posts nothing.
 */

const payerPattern = /^[0-9]{12}$/;

function checkPayer(payer: string): string {
  if (!payerPattern.test(payer)) throw LedgerErrors.LEDGER_PAYER_INVALID();
  return payer;
}

/** An officer credits a bank payment (a payment order, its number and date) to the payer's account. */
export function deposit(
  ctx: LedgerContext,
  input: {
    payer: string;
    amount: number;
    bankDocument: { number: string; date: string };
    bodyCode: string;
    note?: string | null;
    idempotencyKey: string;
  },
  actor: PostingActor,
): Promise<PostingResult> {
  const payer = checkPayer(input.payer);
  return post(ctx, { ...input, payer, kind: 'deposit' }, actor, async (tx) => {
    if (await depositStands(tx, payer, input.bankDocument.number, input.bankDocument.date)) {
      throw LedgerErrors.LEDGER_DEPOSIT_DUPLICATE({ number: input.bankDocument.number, date: input.bankDocument.date });
    }
    return {
      lines: depositLines(input.amount),
      after: (tx, posted) =>
        enqueueDepositNotice(
          tx,
          posted.at,
          { payer, amount: input.amount, available: posted.balances.available, bankDocument: input.bankDocument },
          ctx.publicUrl,
        ),
    };
  });
}

/**
 * Where a posting of a declaration's money is made: in a transaction of its own, or in the
 * caller's (the submission, release or withdrawal that causes it), so both commit or neither.
 */
interface Poster {
  db: Queryable;
  post(request: PostingRequest, actor: PostingActor, plan: PostingPlan): Promise<PostingResult>;
}

const alone = (ctx: LedgerContext): Poster => ({
  db: ctx.db,
  post: (request, actor, plan) => post(ctx, request, actor, plan),
});

const within = (tx: Queryable, ctx: LedgerContext): Poster => ({
  db: tx,
  post: (request, actor, plan) => postWithin(tx, ctx, request, actor, plan),
});

type ReservationInput = { payer: string; declarationId: string; amount: number; idempotencyKey: string };
type DebitInput = { declarationId: string; amount?: number; idempotencyKey: string };
type ReleaseInput = { declarationId: string; idempotencyKey: string };

/** What a declaration owes, held from the payer's available money on submission. */
export const reserve = (ctx: LedgerContext, input: ReservationInput, actor: PostingActor) =>
  reserving(alone(ctx), input, actor);

/** `reserve` in the caller's transaction: a refusal is thrown for it to roll back, and is not audited. */
export const reserveWithin = (tx: Queryable, ctx: LedgerContext, input: ReservationInput, actor: PostingActor) =>
  reserving(within(tx, ctx), input, actor);

/**
 * At release, the declaration's reservation is debited to the customs receipts: `amount` if
 * given (the assessed amount, at most the reservation; the rest returns to available money),
 * else the whole reservation.
 */
export const debit = (ctx: LedgerContext, input: DebitInput, actor: PostingActor) =>
  closing(alone(ctx), input, actor, 'debit');

/** `debit` in the caller's transaction. */
export const debitWithin = (tx: Queryable, ctx: LedgerContext, input: DebitInput, actor: PostingActor) =>
  closing(within(tx, ctx), input, actor, 'debit');

/** At refusal or withdrawal, the declaration's reservation returns to the payer's available money. */
export const release = (ctx: LedgerContext, input: ReleaseInput, actor: PostingActor) =>
  closing(alone(ctx), input, actor, 'release');

/** `release` in the caller's transaction. */
export const releaseWithin = (tx: Queryable, ctx: LedgerContext, input: ReleaseInput, actor: PostingActor) =>
  closing(within(tx, ctx), input, actor, 'release');

function reserving(poster: Poster, input: ReservationInput, actor: PostingActor): Promise<PostingResult> {
  const payer = checkPayer(input.payer);
  const declarationId = input.declarationId.toLowerCase();
  return poster.post({ ...input, payer, declarationId, kind: 'reservation' }, actor, async (tx) => {
    if (await openReservationOf(tx, declarationId)) throw LedgerErrors.LEDGER_RESERVATION_EXISTS();
    return {
      lines: reservationLines(input.amount),
      after: (tx, posted) =>
        insertReservation(tx, { payer, declarationId, amount: input.amount, postingId: posted.id }),
    };
  });
}

async function closing(
  poster: Poster,
  input: DebitInput,
  actor: PostingActor,
  kind: 'debit' | 'release',
): Promise<PostingResult> {
  const declarationId = input.declarationId.toLowerCase();
  // The payer is the reservation's; found before the lock, checked again under it.
  const open = await openReservationOf(poster.db, declarationId);
  if (!open) return replayOrRefuse(poster.db, input.idempotencyKey, LedgerErrors.LEDGER_RESERVATION_NOT_FOUND());
  const amount = input.amount ?? open.amount;
  return poster.post(
    { payer: open.payer, kind, declarationId, amount, idempotencyKey: input.idempotencyKey },
    actor,
    async (tx) => {
      const reservation = await openReservationOf(tx, declarationId);
      if (!reservation || reservation.id !== open.id) throw LedgerErrors.LEDGER_RESERVATION_NOT_FOUND();
      if (amount > reservation.amount) {
        throw LedgerErrors.LEDGER_DEBIT_ABOVE_RESERVATION({
          amount: localizedAmount(tengeOf(amount)),
          reserved: localizedAmount(tengeOf(reservation.amount)),
        });
      }
      return {
        lines: kind === 'debit' ? debitLines(amount, reservation.amount) : releaseLines(reservation.amount),
        after: (tx, posted) => closeReservation(tx, reservation.id, posted.id),
      };
    },
  );
}

/**
 * A closed reservation has no payer to lock: the key may still be a repeat of the request that
 * closed it, answered with that posting.
 */
async function replayOrRefuse(db: Queryable, key: string, refusal: Error): Promise<PostingResult> {
  const earlier = await findPostingByKey(db, key);
  if (!earlier) throw refusal;
  return { posting: earlier, balances: await payerBalances(db, earlier.payer), replayed: true };
}

/** Money paid back to the payer's bank account, on an officer's decision on its signed application. */
export function refund(
  ctx: LedgerContext,
  input: { payer: string; amount: number; bodyCode: string; note?: string | null; idempotencyKey: string },
  actor: PostingActor,
): Promise<PostingResult> {
  const payer = checkPayer(input.payer);
  return post(ctx, { ...input, payer, kind: 'refund' }, actor, async () => ({ lines: refundLines(input.amount) }));
}

/**
 * Undoes a deposit or a refund entered by mistake: a new posting that moves its lines back.
 * Reservations, debits and releases follow the declaration and are undone by the next step of
 * its life (a release), not reversed. A reversal that would take the payer below zero (money
 * already reserved) is refused like any other posting.
 */
export async function reverse(
  ctx: LedgerContext,
  input: { postingId: number; bodyCode: string | null; note?: string | null; idempotencyKey: string },
  actor: PostingActor,
): Promise<PostingResult> {
  const original = await findPosting(ctx.db, input.postingId);
  if (!original) throw LedgerErrors.LEDGER_POSTING_NOT_FOUND();
  return post(
    ctx,
    {
      payer: original.payer,
      kind: 'reversal',
      amount: original.amount,
      reversesId: original.id,
      bodyCode: input.bodyCode,
      note: input.note ?? null,
      idempotencyKey: input.idempotencyKey,
    },
    actor,
    async (tx) => {
      const current = await findPosting(tx, original.id);
      if (!current || !['deposit', 'refund'].includes(current.kind) || current.reversedById !== null) {
        throw LedgerErrors.LEDGER_NOT_REVERSIBLE();
      }
      return { lines: reversalLines(await linesOf(tx, original.id)) };
    },
  );
}
