import { z } from 'zod';
import { address, amount, code, filler, isoDate, party, shipment, supportingDocument, text } from './common.ts';

/**
 * The goods declaration (ДТ), structured after the form and filling rules of EEC Commission
 * Decision No. 257 of 20.05.2010: the header boxes, then up to 999 goods items with boxes 31–47.
 * Field comments give the box. Amounts are in the invoice currency unless said otherwise;
 * customs value and payments are in tenge.
 */
export const maxGoodsItems = 999;

/** Box 47: one line of the calculation of payments. */
export const paymentLine = z
  .object({
    /** payment type (Decision No. 378, Annex 9): 1010, 2010, 5010, … */
    typeCode: code(4).optional(),
    base: amount.optional(),
    /** as the tariff states it: "10%", "0.5 EUR/kg", … */
    rate: text(100).optional(),
    amount: amount.optional(),
    /** payment method: ИУ (paid), БН (from the advance account), … */
    methodCode: code(2).optional(),
  })
  .strict();

export const goodsItem = z
  .object({
    /** box 32 */
    number: z.number().int().min(1).max(maxGoodsItems).optional(),
    /** box 31: description of the goods, marks */
    description: text(2000).optional(),
    trademark: text(200).optional(),
    manufacturer: text(300).optional(),
    /** box 31: number of packages and their kind */
    packages: z.number().int().min(0).max(1e9).optional(),
    packageKindCode: code(2).optional(),
    /** box 33: the 10-digit TN VED code */
    hsCode: code(10).optional(),
    /** box 34: country of origin (alpha-2) */
    originCountry: code(2).optional(),
    /** box 35, kg */
    grossMass: amount.optional(),
    /** box 36: preference codes (fees, duty, excise, VAT) */
    preference: text(8).optional(),
    /** box 37: procedure (2 digits), previous procedure (2 digits), feature (3 characters) */
    procedureCode: code(2).optional(),
    previousProcedureCode: code(2).optional(),
    procedureFeature: text(3).optional(),
    /** box 38, kg */
    netMass: amount.optional(),
    /** box 41: quantity in the additional unit of the TN VED, and that unit's code */
    supplementaryQuantity: amount.optional(),
    supplementaryUnitCode: code(3).optional(),
    /** box 42: price of the item in the invoice currency */
    invoiceValue: amount.optional(),
    /** box 43: customs valuation method (1–6) */
    valuationMethod: code(1).optional(),
    /** box 44 */
    documents: z.array(supportingDocument).max(99).optional(),
    /** box 45, tenge */
    customsValue: amount.optional(),
    /** box 46, US dollars */
    statisticalValue: amount.optional(),
    /** box 47 */
    payments: z.array(paymentLine).max(20).optional(),
  })
  .strict();
export type GoodsItem = z.infer<typeof goodsItem>;

export const goodsDeclaration = z
  .object({
    /** box 1: direction (IM import, EK export) and the customs procedure declared */
    direction: z.enum(['IM', 'EK']).optional(),
    procedureCode: code(2).optional(),
    /** box 2: sender / exporter */
    consignor: party.optional(),
    /** box 5: number of goods items */
    totalItems: z.number().int().min(0).max(maxGoodsItems).optional(),
    /** box 6: total packages */
    totalPackages: z.number().int().min(0).max(1e9).optional(),
    /** box 7: the declarant's own reference */
    reference: text(50).optional(),
    /** box 8: recipient / consignee */
    consignee: party.optional(),
    /** box 9: the person responsible for financial settlement */
    financialParty: party.optional(),
    /** box 11: trading country */
    tradingCountry: code(2).optional(),
    /** box 12: total customs value, tenge */
    totalCustomsValue: amount.optional(),
    /** box 14: the declarant */
    declarant: party.optional(),
    ...shipment,
    /** box 23: exchange rate, tenge per unit of the invoice currency */
    exchangeRate: amount.optional(),
    /** box 24: nature of the transaction */
    transactionNature: code(3).optional(),
    /** box 25: transport mode at the border; box 26: inland transport mode */
    borderTransportMode: code(2).optional(),
    inlandTransportMode: code(2).optional(),
    /** box 29: customs office of entry or exit */
    borderOffice: code(8).optional(),
    /** box 30: location of the goods */
    goodsLocation: z
      .object({ kindCode: code(2).optional(), warehouseLicence: text(100).optional(), address: address.optional() })
      .strict()
      .optional(),
    /** box 44 at header level: documents common to every item (contract, invoice, …) */
    documents: z.array(supportingDocument).max(99).optional(),
    /** box 40 at header level: the preliminary information the goods arrived under, by its registration number (ACC-16) */
    preliminaryInformationNumber: text(20).optional(),
    /** the application for release before this declaration that released the goods, by its registration number (ACC-17) */
    releaseBeforeDeclarationNumber: text(20).optional(),
    /** box B: payment documents, with the amounts they cover */
    paymentDocuments: z
      .array(
        z
          .object({
            typeCode: code(4).optional(),
            number: text(50).optional(),
            date: isoDate.optional(),
            amount: amount.optional(),
          })
          .strict(),
      )
      .max(99)
      .optional(),
    /** box 54 */
    filler: filler.optional(),
    /** boxes 31–47 */
    items: z.array(goodsItem).max(maxGoodsItems),
  })
  .strict();
export type GoodsDeclaration = z.infer<typeof goodsDeclaration>;
