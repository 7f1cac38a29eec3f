import { z } from 'zod';
import { amount, code, filler, isoDate, party, text } from './common.ts';

/**
 * The transaction passport (паспорт сделки, WD-6): a foreign trade contract registered with the
 * resident's authorised bank for currency control, and named in box 44 of the declarations of
 * the goods it covers.
 */
export const transactionPassport = z
  .object({
    /** the number the bank gives the passport */
    passportNumber: text(50).optional(),
    /** the resident of Kazakhstan party to the contract: the declarant */
    resident: party.optional(),
    /** the foreign party, with its country in its address */
    nonResident: party.optional(),
    contract: z
      .object({
        number: text(100).optional(),
        date: isoDate.optional(),
        /** IM the resident imports, EK the resident exports */
        direction: z.enum(['IM', 'EK']).optional(),
        /** the last day of obligations under the contract */
        endDate: isoDate.optional(),
        subject: text(1000).optional(),
      })
      .strict()
      .optional(),
    /** the contract's currency and amount */
    currencyCode: code(3).optional(),
    amount: amount.optional(),
    /** currency of payment, when other than the contract's */
    paymentCurrencyCode: code(3).optional(),
    /** the resident's authorised bank */
    bank: z
      .object({ bic: text(11).optional(), name: text(300).optional() })
      .strict()
      .optional(),
    filler: filler.optional(),
  })
  .strict();
export type TransactionPassport = z.infer<typeof transactionPassport>;
