import { z } from 'zod';
import { amount, code, filler, isoDate, party, supportingDocument, text } from './common.ts';

/**
 * The application for release of goods before the goods declaration is filed (EAEU Customs Code
 * art. 120): the applicant, the goods and the procedure they will be declared under, the security
 * of duties and taxes, and the day by which the goods declaration will be filed.
 */
export const maxReleaseGoods = 999;

export const releaseGoodsItem = z
  .object({
    number: z.number().int().min(1).max(maxReleaseGoods).optional(),
    description: text(2000).optional(),
    /** 10-digit TN VED code */
    hsCode: code(10).optional(),
    originCountry: code(2).optional(),
    quantity: amount.optional(),
    unitCode: code(3).optional(),
    /** kg */
    grossMass: amount.optional(),
    /** in the invoice currency */
    invoiceValue: amount.optional(),
  })
  .strict();

export const releaseBeforeDeclaration = z
  .object({
    /** the person who will declare the goods */
    applicant: party.optional(),
    /** the customs procedure the goods will be placed under */
    procedureCode: code(2).optional(),
    /** the grounds of art. 120 point 1 the applicant relies on */
    grounds: text(1000).optional(),
    invoiceCurrency: code(3).optional(),
    totalInvoiceAmount: amount.optional(),
    /** security of the payment of duties and taxes: method, amount in tenge, its document */
    security: z
      .object({ methodCode: code(2).optional(), amount: amount.optional(), document: supportingDocument.optional() })
      .strict()
      .optional(),
    /** the day by which the goods declaration will be filed (YYYY-MM-DD) */
    declarationDueDate: isoDate.optional(),
    documents: z.array(supportingDocument).max(99).optional(),
    filler: filler.optional(),
    items: z.array(releaseGoodsItem).max(maxReleaseGoods),
  })
  .strict();
export type ReleaseBeforeDeclaration = z.infer<typeof releaseBeforeDeclaration>;
