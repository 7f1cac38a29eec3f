import { z } from 'zod';
import { goodsDeclaration } from '../declarations/documents/goods.ts';
import { passengerDeclaration } from '../declarations/documents/passenger.ts';

/**
 * The public calculation of customs payments (issue 16 point 2). Sizes are bounded at the edge:
 * a declaration has at most 999 goods items, and amounts are plain decimal strings (never
 * numbers: the server calculates with exact decimals, and a JSON number could already have lost
 * a digit on the way).
 */
export const maxItems = 999;
export const personalUseChannels = ['post', 'air-baggage', 'other-baggage'] as const;

const decimal = (integerDigits: number, places: number, what: string) =>
  z
    .string()
    .regex(
      new RegExp(`^\\d{1,${integerDigits}}(\\.\\d{1,${places}})?$`),
      `${what}: a non-negative decimal with at most ${integerDigits} digits before the point and ${places} after`,
    );

const quantity = z.object({
  value: decimal(12, 6, 'quantity'),
  unit: z
    .string()
    .regex(/^\d{3}$/)
    .describe('the unit code in the EAEU classifier of units of measure (112 litre, 715 pair, 798 thousand pieces…)'),
});

export const goodsItem = z.object({
  hsCode: z
    .string()
    .regex(/^\d{10}$/)
    .describe('the 10-digit TN VED EAEU code'),
  originCountry: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional()
    .describe('the country of origin (ISO 3166 alpha-2): anti-dumping, countervailing and special duties depend on it'),
  invoiceValue: decimal(15, 4, 'invoiceValue').describe('the customs value in the invoice currency'),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .describe('ISO 4217 code; KZT for tenge'),
  netMassKg: decimal(9, 6, 'netMassKg').describe('net mass in kilograms (for goods for personal use: their mass)'),
  quantity: quantity.optional().describe('the quantity in a supplementary unit, for rates charged per that unit'),
  preference: z
    .string()
    .max(16)
    .optional()
    .describe(
      'box 36: the preferences and exemptions claimed, one code per payment — fees (2 letters), import duty (2), excise (1), VAT (2); "ОООО-ОО" claims none',
    ),
});

export const calculationRequest = z
  .object({
    date: z.iso
      .date()
      .optional()
      .describe('the day of the calculation (the day the declaration is registered); today in Almaty by default'),
    procedure: z
      .union([z.string().regex(/^\d{2}$/), z.literal('personal-use'), z.literal('e-commerce')])
      .describe(
        'a customs procedure code (40 release for domestic consumption, 80 customs transit…), personal-use, or e-commerce (refused until the regime is in force)',
      ),
    personalUse: z.object({ channel: z.enum(personalUseChannels) }).optional(),
    items: z.array(goodsItem).min(1).max(maxItems),
  })
  .meta({ id: 'PaymentCalculationRequest' });
export type CalculationRequest = z.infer<typeof calculationRequest>;

/**
 * A goods declaration's payments (boxes 47 and B), calculated from its own boxes as they stand in
 * the editor: the same engine and the same reading of the boxes as at registration.
 */
export const goodsDeclarationCalculationRequest = z
  .object({
    date: z.iso
      .date()
      .optional()
      .describe('the day of the calculation; today in Almaty (the day it would be registered) by default'),
    document: goodsDeclaration,
  })
  .meta({ id: 'GoodsDeclarationPaymentsRequest' });
export type GoodsDeclarationCalculationRequest = z.infer<typeof goodsDeclarationCalculationRequest>;

/**
 * A passenger declaration's payments: its goods for personal use at the unified rate of the
 * channel its box 2 names, as registration assesses them.
 */
export const passengerDeclarationCalculationRequest = z
  .object({
    date: z.iso
      .date()
      .optional()
      .describe('the day of the calculation; today in Almaty (the day it would be registered) by default'),
    document: passengerDeclaration,
  })
  .meta({ id: 'PassengerDeclarationPaymentsRequest' });

const tenge = z.string().regex(/^-?\d+\.\d{2}$/);

export const paymentLine = z.object({
  item: z
    .number()
    .int()
    .positive()
    .nullable()
    .describe("the goods item's number; null for a line of the whole declaration"),
  paymentType: z.string().describe('payment type code of the EAEU classifier (2010 import duty, 5010 VAT, 1010 fee…)'),
  base: tenge.describe('the base in tenge the rate is applied to'),
  rate: z.string().describe('the rate as the tariff writes it'),
  amount: tenge,
  explanation: z.string().describe('how the amount was reached, in Russian'),
});

export const calculationAnswer = z
  .object({
    lines: z.array(paymentLine),
    security: z
      .object({
        amount: tenge,
        lines: z.array(paymentLine).describe('the duties and taxes as if released for domestic consumption'),
        explanation: z.string(),
      })
      .optional()
      .describe('for a procedure that needs security (customs transit, 80): the amount held as security, not paid'),
    totals: z.record(z.string(), tenge).describe('sum by payment type code'),
    total: tenge,
  })
  .meta({ id: 'PaymentCalculation' });
export type CalculationAnswer = z.infer<typeof calculationAnswer>;
