import type { Queryable } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors.ts';
import type { LedgerContext } from './ledger/context.ts';
import { holdMany } from './ledger/hold-many.ts';
import { debitedFor, openReservationOf, openReservationsOf, payerBalances } from './ledger/ledger-repository.ts';
import { debitWithin, releaseWithin, reserveWithin } from './ledger/operations.ts';
import type { PostingActor } from './ledger/post.ts';

/*
 * A declaration's money through its life (issue 16 point 3, ACC-14, ACC-17), each step in the
 * caller's transaction — the registration, the officer's decision, the withdrawal — so the step
 * and its posting commit together or not at all. Idempotency keys are made from the declaration
 * and the signed copy's number, so a step repeated after a crash posts nothing twice.
 */

const key = (declarationId: string, seq: number, step: string) => `decl:${declarationId}:${seq}:${step}`;
/** A reservation is closed once, by a debit or a release: its key names the reservation. */
const closingKey = (declarationId: string, reservationId: number) => `decl:${declarationId}:close:${reservationId}`;

/**
 * At registration, for every copy registered together: what each owes is held on the first of its
 * `payers` (the declarant, then the representative that filed it) whose available money covers
 * it, in a fixed number of statements (`holdMany`). A reservation held for an earlier copy of the
 * same declaration returns first (a corrected copy owes anew). Too little money anywhere is not a
 * refusal: the declaration is registered, nothing is held, and it waits for an officer or a later
 * payment (`holdLater`). Returns whose money holds each declaration (absent: nothing).
 */
export async function holdOnRegistration(
  tx: Queryable,
  ctx: LedgerContext,
  copies: readonly {
    declarationId: string;
    seq: number;
    owedTiyn: number;
    payers: readonly string[];
    actor: PostingActor;
    /**
     * whether an earlier copy was registered: only then can money be held for the declaration
     * already (at registration, or later by `holdLater`), and only then is it looked for — a round
     * trip the first registration of every declaration does without
     */
    registeredBefore: boolean;
  }[],
): Promise<Map<string, string>> {
  const open = await openReservationsOf(
    tx,
    copies.filter((c) => c.registeredBefore).map((c) => c.declarationId),
  );
  for (const copy of copies) {
    if (!open.has(copy.declarationId)) continue;
    await releaseWithin(
      tx,
      ctx,
      { declarationId: copy.declarationId, idempotencyKey: key(copy.declarationId, copy.seq, 'renew') },
      copy.actor,
    );
  }
  return holdMany(
    tx,
    copies.map((c) => ({
      declarationId: c.declarationId,
      amount: c.owedTiyn,
      payers: c.payers,
      idempotencyKey: key(c.declarationId, c.seq, 'hold'),
      actor: c.actor,
    })),
    ctx.clock.now(),
  );
}

/** Holds `amount` on `payer` if its available money covers it; false, with nothing written, if not. */
async function tryHold(
  tx: Queryable,
  ctx: LedgerContext,
  payer: string,
  declarationId: string,
  amount: number,
  idempotencyKey: string,
  actor: PostingActor,
): Promise<boolean> {
  // A payer without the money is passed over without taking its lock (or opening its accounts).
  if ((await payerBalances(tx, payer)).available < amount) return false;
  try {
    await reserveWithin(tx, ctx, { payer, declarationId, amount, idempotencyKey }, actor);
    return true;
  } catch (error) {
    // spent meanwhile by a posting that committed first: nothing was written, the transaction stands
    if (error instanceof AppError && error.code === 'LEDGER_INSUFFICIENT_FUNDS') return false;
    throw error;
  }
}

/** After registration, when money has come in: holds what the copy owes now. */
export function holdLater(
  tx: Queryable,
  ctx: LedgerContext,
  input: { declarationId: string; seq: number; owedTiyn: number; payer: string },
  actor: PostingActor,
): Promise<boolean> {
  return tryHold(
    tx,
    ctx,
    input.payer,
    input.declarationId,
    input.owedTiyn,
    key(input.declarationId, input.seq, 'hold'),
    actor,
  );
}

/** What is held for the declaration now: its payer and amount in tiyn, or null. */
export async function heldFor(
  tx: Queryable,
  declarationId: string,
): Promise<{ payer: string; amountTiyn: number } | null> {
  const open = await openReservationOf(tx, declarationId);
  return open ? { payer: open.payer, amountTiyn: open.amount } : null;
}

/** What was taken for the budget at the declaration's release, in tiyn: what it held then, 0 if nothing. */
export const collectedFor = (tx: Queryable, declarationId: string): Promise<number> => debitedFor(tx, declarationId);

/** What is held for each of several declarations now, in tiyn (absent: nothing). */
export async function heldForEach(tx: Queryable, declarationIds: readonly string[]): Promise<Map<string, number>> {
  const open = await openReservationsOf(tx, declarationIds);
  return new Map([...open].map(([id, r]) => [id, r.amount]));
}

/** At release: what is held is taken for the budget. Nothing held, nothing taken (an officer's call). */
export const collectOnRelease = (
  tx: Queryable,
  ctx: LedgerContext,
  input: { declarationId: string },
  actor: PostingActor,
): Promise<number> => closeHeld(tx, ctx, input.declarationId, actor, debitWithin);

/** At refusal or withdrawal: what is held returns to the payer's available money. */
export const returnOnClosing = (
  tx: Queryable,
  ctx: LedgerContext,
  input: { declarationId: string },
  actor: PostingActor,
): Promise<number> => closeHeld(tx, ctx, input.declarationId, actor, releaseWithin);

/** Closes the declaration's open reservation by `close` (a debit or a release); the amount it held, or 0. */
async function closeHeld(
  tx: Queryable,
  ctx: LedgerContext,
  declarationId: string,
  actor: PostingActor,
  close: typeof debitWithin | typeof releaseWithin,
): Promise<number> {
  const open = await openReservationOf(tx, declarationId);
  if (!open) return 0;
  await close(tx, ctx, { declarationId, idempotencyKey: closingKey(declarationId, open.id) }, actor);
  return open.amount;
}
