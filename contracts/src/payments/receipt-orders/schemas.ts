import { z } from 'zod';
import { goodsItem, personalUseChannels } from '../schemas.ts';

/*
 * Customs receipt orders (ТПО) for goods for personal use (issue 16 point 3; ACC-14, ACC-20,
 * ACC-21): the goods as the public calculator takes them, the unified rate calculated on them,
 * the number, the system's signature and the payment.
 */

/** A parcel or one person's baggage: a handful of items, not a declaration's 999. */
export const maxReceiptOrderItems = 100;

export const receiptOrderStatuses = ['issued', 'paid', 'nothing-due', 'annulled'] as const;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
const iin = z.string().regex(/^[0-9]{12}$/, 'IIN: 12 digits');

/** What both issuers give: the channel, the goods and the day of the calculation (today by default, never later). */
const goods = {
  channel: z.enum(personalUseChannels),
  items: z.array(goodsItem).min(1).max(maxReceiptOrderItems),
  date: isoDate.optional().describe('the day of the calculation; today in Almaty by default, never a later day'),
};

/** An officer issues a ТПО at their own body for a recipient individual. */
export const officerIssueRequest = z
  .object({
    recipientIin: iin,
    recipientName: z.string().trim().min(1).max(200).optional(),
    ...goods,
  })
  .strict()
  .meta({ id: 'ReceiptOrderOfficerIssue' });

/** An individual asks for the ТПО of a parcel addressed to it, at the customs body that holds the parcel. */
export const ownIssueRequest = z
  .object({
    customsOffice: z.string().regex(/^[0-9]{5}$/, 'customs body code: 5 digits'),
    ...goods,
  })
  .strict()
  .meta({ id: 'ReceiptOrderOwnIssue' });

export const receiptOrderIdParam = z.object({ id: z.uuid() });

export const pdfQuery = z.object({ lang: z.enum(['kk', 'ru', 'en']).optional() }).strict();

export const bankPaymentRequest = z
  .object({ bankDocument: z.object({ number: z.string().trim().min(1).max(50), date: isoDate }).strict() })
  .strict();

export const annulRequest = z.object({ reason: z.string().trim().min(1).max(500) }).strict();

export const officerListQuery = z
  .object({
    status: z.enum(receiptOrderStatuses).optional(),
    recipientIin: iin.optional(),
    limit: z.coerce.number().int().min(1).max(200).optional(),
  })
  .strict();

const tenge = z.string().regex(/^\d+\.\d{2}$/);

export const receiptOrderLine = z.object({
  paymentType: z.string(),
  paymentTypeName: z.string().describe('in the language of the request'),
  kbk: z.string().describe('the budget classification code the payment is credited to'),
  base: tenge.describe('the value over the norm, in tenge'),
  rate: z.string().describe('the rate as the signed receipt order holds it: the tariff’s Russian text'),
  rateText: z
    .string()
    .describe('the same rate written in the language of the request (1 234,5; «15 %, бірақ 1 кг үшін кемінде 2 EUR»)'),
  amount: tenge,
  explanation: z.string().describe('how the amount was reached, in the language of the request'),
});

export const receiptOrderSummary = z.object({
  id: z.uuid(),
  number: z.string(),
  officeCode: z.string(),
  issuedAt: z.string(),
  recipientIin: z.string(),
  channel: z.enum(personalUseChannels),
  total: tenge,
  status: z.enum(receiptOrderStatuses),
});

export const receiptOrderView = receiptOrderSummary
  .extend({
    calculatedOn: z.string(),
    recipientName: z.string().nullable(),
    issuedBy: z.enum(['officer', 'recipient']),
    items: z.array(goodsItem),
    lines: z.array(receiptOrderLine),
    payment: z
      .object({
        paidAt: z.string(),
        by: z.enum(['advance-account', 'bank']),
        postingId: z.number().nullable(),
        bankDocument: z.object({ number: z.string(), date: z.string() }).nullable(),
      })
      .nullable(),
    annulment: z.object({ at: z.string(), reason: z.string() }).nullable(),
    signature: z.object({
      document: z.string().describe('the canonical JSON the system signed, base64'),
      cms: z.string().describe('the system’s attached CMS over it, base64'),
    }),
  })
  .meta({ id: 'ReceiptOrder' });
export type ReceiptOrderView = z.infer<typeof receiptOrderView>;

export const receiptOrderList = z.object({ receiptOrders: z.array(receiptOrderSummary) });
export const receiptOrderAnswer = z.object({ receiptOrder: receiptOrderView });

/** The public check of a printed ТПО: its number and the SHA-256 of the signed document, both printed on it. */
export const checkQuery = z
  .object({
    number: z.string().min(1).max(40).describe('the number as printed: 75101/070426/Т0000001'),
    hash: z
      .string()
      .regex(/^[0-9a-fA-F]{64}$/)
      .describe('the SHA-256 of the signed document, as printed'),
  })
  .strict();

export const checkAnswer = z
  .object({
    number: z.string(),
    officeCode: z.string(),
    issuedAt: z.string(),
    status: z.enum(receiptOrderStatuses),
    total: tenge,
    signature: z.object({
      valid: z.boolean().describe('the system’s CMS verifies over the very document'),
      signer: z.string().nullable().describe('the signing certificate’s common name'),
    }),
  })
  .meta({ id: 'ReceiptOrderCheck' });
