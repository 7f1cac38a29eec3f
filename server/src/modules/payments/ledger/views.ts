import type { balanceView, payerPostingView, postingView } from '@shekara/contracts/payments/ledger';
import type { z } from 'zod';
import type { PayerBalances } from './entries.ts';
import type { PayerPosting, Posting } from './ledger-repository.ts';
import { tengeOf } from './money.ts';

/** A posting as the API shows it: tenge with two places, no idempotency hash, no officer's account id. */
export function postingViewOf(posting: Posting): z.infer<typeof postingView> {
  return {
    id: posting.id,
    kind: posting.kind,
    payer: posting.payer,
    amount: tengeOf(posting.amount),
    currency: 'KZT',
    postedAt: posting.postedAt.toISOString(),
    declarationId: posting.declarationId,
    bankDocument:
      posting.bankDocumentNumber && posting.bankDocumentDate
        ? { number: posting.bankDocumentNumber, date: posting.bankDocumentDate }
        : null,
    reversesId: posting.reversesId,
    reversedById: posting.reversedById,
    note: posting.note,
  };
}

export function payerPostingViewOf(posting: PayerPosting): z.infer<typeof payerPostingView> {
  return {
    ...postingViewOf(posting),
    availableChange: tengeOf(posting.availableChange),
    reservedChange: tengeOf(posting.reservedChange),
  };
}

export function balanceViewOf(payer: string, balances: PayerBalances): z.infer<typeof balanceView> {
  return {
    payer,
    currency: 'KZT',
    available: tengeOf(balances.available),
    reserved: tengeOf(balances.reserved),
    total: tengeOf(balances.available + balances.reserved),
  };
}
