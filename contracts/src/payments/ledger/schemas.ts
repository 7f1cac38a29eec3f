import { z } from 'zod';

/*
 * The personal advance account (ACC-14): amounts are decimal strings in tenge with up to two
 * places (never binary floats), balances and postings as the payer and officers see them.
 */

export const postingKinds = ['deposit', 'reservation', 'debit', 'release', 'refund', 'reversal'] as const;

// a day of the calendar (2025-02-31 is refused, which a bare YYYY-MM-DD pattern let through)
const isoDate = z.iso.date();

/** Tenge with up to two decimal places, above zero and at most 100 billion (the server checks the range). */
export const tengeAmount = z
  .string()
  .regex(/^(0|[1-9][0-9]{0,11})(\.[0-9]{1,2})?$/, 'tenge with up to two decimal places')
  .describe('tenge, e.g. "1500.00"');

/** The caller's key of one request: the same key again answers the first posting and posts nothing. */
export const idempotencyKey = z
  .string()
  .min(8)
  .max(100)
  .regex(/^[A-Za-z0-9._:-]+$/, 'letters, digits and . _ : -');

export const payerParam = z.object({ payer: z.string().regex(/^[0-9]{12}$/, 'IIN/BIN: 12 digits') });
export const postingIdParam = z.object({ id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) });

export const depositRequest = z
  .object({
    amount: tengeAmount,
    bankDocument: z.object({ number: z.string().trim().min(1).max(50), date: isoDate }).strict(),
    note: z.string().trim().max(500).optional(),
    idempotencyKey,
  })
  .strict();

export const reverseRequest = z
  .object({
    /** why the posting is undone: kept with the reversal */
    note: z.string().trim().min(1).max(500),
    idempotencyKey,
  })
  .strict();

export const postingView = z.object({
  id: z.number(),
  kind: z.enum(postingKinds),
  payer: z.string(),
  amount: z.string(),
  currency: z.literal('KZT'),
  postedAt: z.string(),
  declarationId: z.string().nullable(),
  bankDocument: z.object({ number: z.string(), date: z.string() }).nullable(),
  reversesId: z.number().nullable(),
  reversedById: z.number().nullable(),
  note: z.string().nullable(),
});

export const postingAnswer = z.object({ posting: postingView });

export const balanceView = z.object({
  payer: z.string(),
  currency: z.literal('KZT'),
  /** money the payer may spend */
  available: z.string(),
  /** money held for declarations not yet released */
  reserved: z.string(),
  total: z.string(),
});

/** A period of Almaty calendar days, both ends included; at most a year. */
export const periodQuery = z.object({ from: isoDate, to: isoDate });

export const postingsQuery = periodQuery.extend({
  limit: z.coerce.number().int().min(1).max(1_000).default(200),
});

export const payerPostingView = postingView.extend({
  /** what the posting did to the available money, signed */
  availableChange: z.string(),
  /** what it did to the reserved money, signed */
  reservedChange: z.string(),
});

export const postingList = z.object({ postings: z.array(payerPostingView) });

export const statementQuery = periodQuery.extend({ lang: z.enum(['kk', 'ru', 'en']).optional() });

/** A bank statement to import: CSV (`payer;amount;document_number;document_date;note`) or ISO 20022 camt.053 XML. */
export const bankStatementRequest = z
  .object({
    format: z.enum(['csv', 'camt053']),
    content: z
      .string()
      .min(1)
      .max(2 * 1024 * 1024),
  })
  .strict();

export const bankStatementReport = z.object({
  credited: z.number(),
  alreadyCredited: z.number(),
  refused: z.array(z.object({ position: z.number(), code: z.string(), message: z.string() })),
  unread: z.array(z.object({ position: z.number(), problem: z.string() })),
});
