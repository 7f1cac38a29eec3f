import { z } from 'zod';
import { amount, code, filler, party, supportingDocument, text, transportMeans } from './common.ts';
import { goodsDeclaration } from './goods.ts';
import { carriedGoods } from './vehicle.ts';

/**
 * Preliminary information (EAEU Customs Code art. 11): information given before the goods arrive, in one of three
 * subkinds — the notification of arrival the carrier gives, a goods declaration filed before
 * arrival (the goods declaration model itself), or the documents for placing goods in temporary
 * storage. A border checkpoint releases goods on arrival against it (ACC-18).
 */
export const preliminarySubkinds = [
  'arrival_notification',
  'preliminary_goods_declaration',
  'temporary_storage',
] as const;
export type PreliminarySubkind = (typeof preliminarySubkinds)[number];

export const preliminaryInformation = z
  .object({
    subkind: z.enum(preliminarySubkinds).optional(),
    /** who gives the information: the carrier, the declarant or the warehouse keeper */
    declarant: party.optional(),
    carrier: party.optional(),
    /** the office of arrival, where the goods are presented */
    arrivalOffice: code(8).optional(),
    /** expected arrival, local time ISO 8601 (YYYY-MM-DDTHH:MM) */
    expectedArrival: text(25).optional(),
    transport: transportMeans.optional(),
    dispatchCountry: code(2).optional(),
    /** arrival notification and temporary storage: the goods as the transport documents give them */
    goods: z.array(carriedGoods).max(999).optional(),
    /** the preliminary goods declaration itself */
    goodsDeclaration: goodsDeclaration.optional(),
    /** temporary storage: the warehouse, its licence and the storage term asked for */
    temporaryStorage: z
      .object({
        warehouseLicence: text(100).optional(),
        warehouseKeeper: party.optional(),
        storageDays: z.number().int().min(0).max(9999).optional(),
        /** total invoice value, in the currency named */
        invoiceCurrency: code(3).optional(),
        invoiceAmount: amount.optional(),
      })
      .strict()
      .optional(),
    documents: z.array(supportingDocument).max(99).optional(),
    filler: filler.optional(),
  })
  .strict();
export type PreliminaryInformation = z.infer<typeof preliminaryInformation>;
