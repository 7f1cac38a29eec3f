import { z } from 'zod';
import { amount, code, deliveryTerms, party, supportingDocument, text } from './common.ts';

/**
 * What DTS-1 and DTS-2 share (EEC Commission Decision No. 160 of 27.11.2018 on the forms of the
 * customs value declaration and their filling): the header's documents and a currency conversion.
 */

/** DTS-1 boxes 4, 5, 6; DTS-2 boxes 4, 5, 8: invoice, contract and the other documents. */
export const valuationDocuments = z
  .object({
    invoice: supportingDocument.optional(),
    contract: supportingDocument.optional(),
    other: z.array(supportingDocument).max(99).optional(),
  })
  .strict();

/** A sum converted to tenge: currency, amount in it, the rate applied (DTS-1 box 26 and the like). */
export const currencyConversion = z
  .object({
    currencyCode: code(3).optional(),
    amount: amount.optional(),
    exchangeRate: amount.optional(),
  })
  .strict();

/** The link of a value line to the goods declaration's item: its box 32 number and box 33 code. */
export const valuedGoods = {
  /** the goods declaration's item number (box 32) */
  goodsItemNumber: z.number().int().min(1).max(999).optional(),
  /** box 33 of the goods declaration */
  hsCode: code(10).optional(),
  description: text(500).optional(),
};

/** DTS-1 and DTS-2 boxes 1–3 and their documents: who sold, who bought, who declares, on which terms. */
export const valuationHeader = {
  /** box 1: seller; box 2: buyer and declarant */
  seller: party.optional(),
  buyer: party.optional(),
  declarant: party.optional(),
  /** box 3: delivery terms (Incoterms code and place) */
  deliveryTerms: deliveryTerms.optional(),
  /** DTS-1 boxes 4–6, DTS-2 boxes 4, 5, 8 */
  documents: valuationDocuments.optional(),
};

/** What a value line ends with: the total deducted, the customs value in tenge and US dollars, and the conversions behind it. */
export const valuationResult = {
  totalDeductions: amount.optional(),
  /** DTS-1 box 25(а): customs value, tenge; 25(б): in US dollars */
  customsValue: amount.optional(),
  customsValueUsd: amount.optional(),
  /** DTS-1 box *: the conversions of sums in foreign currencies */
  conversions: z.array(currencyConversion).max(20).optional(),
};
