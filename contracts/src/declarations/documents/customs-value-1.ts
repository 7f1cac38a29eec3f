import { z } from 'zod';
import { amount, filler, text } from './common.ts';
import { valuationHeader, valuationResult, valuedGoods } from './customs-value-common.ts';

/**
 * Customs value declaration DTS-1 (EEC Commission Decision No. 160 of 27.11.2018): the value of
 * imported goods by the transaction value method (method 1) — the price paid or payable, with
 * the additions and deductions the EAEU Customs Code art. 40 lists, per goods item. Box numbers
 * are those of the DTS-1 form; amounts are in tenge unless said otherwise.
 */
export const maxValuedItems = 999;

export const customsValue1Item = z
  .object({
    ...valuedGoods,
    /** box 11(a): price actually paid or payable, in the invoice currency and in tenge */
    priceInvoiceCurrency: amount.optional(),
    price: amount.optional(),
    /** box 11(б): indirect payments */
    indirectPayments: amount.optional(),
    /** box 12: the basis, 11(a) + 11(б) */
    basis: amount.optional(),
    /** boxes 13–19: additions to the price */
    additions: z
      .object({
        /** 13(а): commissions and brokerage, except buying commissions */
        commissions: amount.optional(),
        /** 13(б): containers treated as one with the goods; 13(в): packing */
        containers: amount.optional(),
        packing: amount.optional(),
        /** 14(а–г): goods and services the buyer supplied free or at reduced cost */
        materials: amount.optional(),
        tools: amount.optional(),
        consumedMaterials: amount.optional(),
        engineering: amount.optional(),
        /** 15: royalties and licence fees; 16: proceeds of resale accruing to the seller */
        royalties: amount.optional(),
        proceeds: amount.optional(),
        /** 17: transport to the place of arrival; 18: loading, unloading, handling; 19: insurance */
        transport: amount.optional(),
        loading: amount.optional(),
        insurance: amount.optional(),
      })
      .strict()
      .optional(),
    /** box 20: total of the additions */
    totalAdditions: amount.optional(),
    /** boxes 21–23: deductions — work after import, transport after arrival, duties and taxes in the EAEU */
    deductions: z
      .object({
        constructionAfterImport: amount.optional(),
        transportAfterArrival: amount.optional(),
        dutiesAndTaxes: amount.optional(),
      })
      .strict()
      .optional(),
    /** box 24: total of the deductions; boxes 25 and * */
    ...valuationResult,
  })
  .strict();
export type CustomsValue1Item = z.infer<typeof customsValue1Item>;

/** Boxes 7(а–в), 8(а–г), 9(а–б): yes/no answers and, where yes, the explanation. */
const answer = z.object({ yes: z.boolean().optional(), explanation: text(1000).optional() }).strict();

export const customsValueDeclaration1 = z
  .object({
    /** box 1: seller; box 2(а): buyer, 2(б): declarant; box 3; boxes 4–6 */
    ...valuationHeader,
    /** box 7: (а) buyer and seller related, (б) the relation influenced the price, (в) the value is close to a test value */
    relationship: z
      .object({ related: answer.optional(), influencedPrice: answer.optional(), closeToTestValue: answer.optional() })
      .strict()
      .optional(),
    /** box 8: restrictions and conditions on the sale */
    restrictions: z.object({ restrictions: answer.optional(), conditions: answer.optional() }).strict().optional(),
    /** box 9: (а) royalties payable, (б) part of resale proceeds accrues to the seller */
    royaltiesAndProceeds: z.object({ royalties: answer.optional(), proceeds: answer.optional() }).strict().optional(),
    /** the registration number of the goods declaration, when the DTS is filed separately */
    goodsDeclarationNumber: text(30).optional(),
    /** box 10(б): the filler and the date */
    filler: filler.optional(),
    items: z.array(customsValue1Item).max(maxValuedItems),
  })
  .strict();
export type CustomsValueDeclaration1 = z.infer<typeof customsValueDeclaration1>;
