import { z } from 'zod';
import { amount, filler, text } from './common.ts';
import { maxValuedItems } from './customs-value-1.ts';
import { valuationHeader, valuationResult, valuedGoods } from './customs-value-common.ts';

/**
 * Customs value declaration DTS-2 (EEC Commission Decision No. 160 of 27.11.2018): the value of
 * goods by methods 2–6 — identical goods, similar goods, deductive, computed, fall-back — with
 * why the earlier methods could not be used, and per goods item the basis of the value and its
 * additions and deductions. Amounts in tenge unless said otherwise.
 */
export const customsValue2Methods = ['2', '3', '4', '5', '6'] as const;

export const customsValue2Item = z
  .object({
    ...valuedGoods,
    /** the method used for this item */
    method: z.enum(customsValue2Methods).optional(),
    /** the goods or data the value rests on: the identical or similar goods' declaration, the sale, the cost calculation */
    basisSource: text(1000).optional(),
    basisDeclarationNumber: text(30).optional(),
    /** the value the method gives before additions and deductions */
    basis: amount.optional(),
    /** additions: transport, loading, insurance to the place of arrival; differences in quantity and level of trade */
    additions: z
      .object({
        transport: amount.optional(),
        loading: amount.optional(),
        insurance: amount.optional(),
        other: amount.optional(),
      })
      .strict()
      .optional(),
    totalAdditions: amount.optional(),
    /** deductions: commissions or profit, transport and costs inside the EAEU, duties and taxes (deductive method) */
    deductions: z
      .object({
        commissionsOrProfit: amount.optional(),
        transportInside: amount.optional(),
        dutiesAndTaxes: amount.optional(),
        other: amount.optional(),
      })
      .strict()
      .optional(),
    ...valuationResult,
  })
  .strict();
export type CustomsValue2Item = z.infer<typeof customsValue2Item>;

export const customsValueDeclaration2 = z
  .object({
    /** boxes 1–3; boxes 4, 5, 8 */
    ...valuationHeader,
    /** box 6: the method applied to all items ("*" when they differ) */
    method: z.enum([...customsValue2Methods, '*']).optional(),
    /** box 7: why the transaction value method and the methods before the one applied could not be used */
    reasonEarlierMethodsInapplicable: text(4000).optional(),
    goodsDeclarationNumber: text(30).optional(),
    filler: filler.optional(),
    items: z.array(customsValue2Item).max(maxValuedItems),
  })
  .strict();
export type CustomsValueDeclaration2 = z.infer<typeof customsValueDeclaration2>;
