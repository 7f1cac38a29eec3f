import type { Rate } from '@shekara/contracts/reference/tariffs';
import type { Language } from '../../platform/i18n/language.ts';
import { applyRate, type ItemMeasures } from './apply-rate.ts';
import { declarationKindOf, feeInMrp, inForceOn, monthlyCalculationIndex } from './customs-fees.ts';
import { PaymentErrors } from './errors.ts';
import { type Phrases, phrases } from './explanations.ts';
import { type CalculationFacts, forOrigin, tengePer } from './facts.ts';
import { type Exact, exact, formatTiyn, fromTiyn, percentOf, plus, roundToTiyn, times, zero } from './money.ts';
import { type PaymentType, paymentTypes } from './payment-types.ts';
import { eCommercePayment, type PersonalUseChannel, unifiedRatePayment } from './personal-use.ts';
import { claimedPreferences, type Preference } from './preferences.ts';
import { securityRuleFor } from './security-rules.ts';

export interface GoodsItem {
  hsCode: string;
  originCountry?: string;
  invoiceValue: string;
  currency: string;
  netMassKg: string;
  quantity?: { value: string; unit: string };
  /** box 36: the preferences and exemptions claimed, one code per payment ("ОООО-ОО" claims none) */
  preference?: string;
}

export interface CalculationRequest {
  date: string;
  /** a customs procedure code, goods for personal use, or goods of e-commerce (off until in force) */
  procedure: string;
  personalUse?: { channel: PersonalUseChannel };
  items: readonly GoodsItem[];
}

/** One payment line of box 47 (or of a customs receipt order): amounts in tiyn until written out. */
export interface PaymentLine {
  /** the item's number from 1; null for a line of the whole declaration (fees, unified rate) */
  item: number | null;
  paymentType: string;
  baseTiyn: bigint;
  rate: string;
  amountTiyn: bigint;
  explanation: string;
}

/** Security for a procedure that needs it (customs transit): the duties and taxes it secures, not paid. */
export interface Security {
  amountTiyn: bigint;
  /** the duties and taxes as if released for domestic consumption, line by line */
  lines: PaymentLine[];
  explanation: string;
}

export interface Calculation {
  lines: PaymentLine[];
  /** present for a procedure that needs security: its amount is held as security, not paid */
  security?: Security;
  /** by payment type code, in the order the types first appear */
  totals: Map<string, bigint>;
  total: bigint;
}

/**
 * The payments a declaration owes on `request.date` (issue 16 point 1), explained line by line in
 * `language`. Each item's customs value is rounded to the tiyn, each line is rounded once, and the
 * VAT base adds the rounded duties and excise of the same item.
 */
export function calculatePayments(
  request: CalculationRequest,
  facts: CalculationFacts,
  language: Language = 'ru',
): Calculation {
  const words = phrases[language];
  const lines: PaymentLine[] = [];
  const values = request.items.map((item) => customsValue(item, facts, words));
  if (request.procedure === 'personal-use') {
    if (!request.personalUse) throw PaymentErrors.PAYMENTS_PERSONAL_USE_CHANNEL_REQUIRED();
    lines.push(unifiedRatePayment(request.personalUse.channel, request.items, values, facts, words));
    return summed(lines);
  }
  if (request.procedure === 'e-commerce') return summed([eCommercePayment(request.items, values, facts, words)]);
  const duties: PaymentLine[] = [];
  request.items.forEach((item, index) => {
    duties.push(...itemPayments(index + 1, item, values[index]!, facts, words));
  });
  const fee = customsFee(request.procedure, facts.date, words);
  const rule = securityRuleFor(request.procedure, facts.date);
  if (!rule) return summed([...duties, fee]);
  // Under a procedure that needs security (transit) the duties and taxes are secured, not paid:
  // what is paid is the fee; the security is their sum, with the rule's floor where one is set.
  const secured = duties.reduce((sum, line) => sum + line.amountTiyn, 0n);
  const floor = rule.minimumEurPerKg ? minimumSecurity(rule.minimumEurPerKg, request.items, facts, words) : 0n;
  const amountTiyn = secured > floor ? secured : floor;
  return {
    ...summed([fee]),
    security: {
      amountTiyn,
      lines: duties,
      explanation: words.security(
        rule.basis[words.language],
        formatTiyn(secured),
        floor > 0n ? formatTiyn(floor) : null,
        formatTiyn(amountTiyn),
      ),
    },
  };
}

/** A floor of security in euro per kilogram of the goods' (net) mass, at the day's euro rate. */
function minimumSecurity(
  eurPerKg: string,
  items: readonly GoodsItem[],
  facts: CalculationFacts,
  words: Phrases,
): bigint {
  const { perUnit } = tengePer(facts, 'EUR', words);
  const mass = items.reduce((sum, item) => plus(sum, exact(item.netMassKg)), zero);
  return roundToTiyn(times(times(mass, exact(eurPerKg)), perUnit));
}

interface CustomsValue {
  tiyn: bigint;
  /** `tiyn` written out, once: the item's every line repeats it */
  text: string;
  explanation: string;
}

function customsValue(item: GoodsItem, facts: CalculationFacts, words: Phrases): CustomsValue {
  const { perUnit, explained } = tengePer(facts, item.currency, words);
  const tiyn = roundToTiyn(times(exact(item.invoiceValue), perUnit));
  const text = formatTiyn(tiyn);
  const explanation =
    item.currency === 'KZT'
      ? words.customsValueInTenge(text)
      : words.customsValueConverted(item.invoiceValue, item.currency, explained, text);
  return { tiyn, text, explanation };
}

function itemPayments(
  number: number,
  item: GoodsItem,
  value: CustomsValue,
  facts: CalculationFacts,
  words: Phrases,
): PaymentLine[] {
  const rates = facts.rates.get(item.hsCode);
  if (!rates?.importDuty) throw PaymentErrors.PAYMENTS_TARIFF_RATE_MISSING({ code: item.hsCode, date: facts.date });
  if (!rates.vat) throw PaymentErrors.PAYMENTS_VAT_RATE_MISSING({ date: facts.date });
  const measures: ItemMeasures = {
    hsCode: item.hsCode,
    customsValueTiyn: value.tiyn,
    customsValueText: value.text,
    netMassKg: exact(item.netMassKg),
    quantity: item.quantity ? { value: exact(item.quantity.value), unit: item.quantity.unit } : undefined,
  };
  const claimed = item.preference ? claimedPreferences(item.preference, item, facts.date) : {};
  const lines = [
    charge(number, paymentTypes.importDuty, rates.importDuty, measures, value, facts, words, claimed.duty),
  ];
  for (const [type, key] of measuresByOrigin) {
    const measure = rates[key];
    if (measure.length === 0) continue;
    // a duty on some origins only cannot be ruled out without the origin: refused, not guessed away
    if (
      item.originCountry === undefined &&
      type !== paymentTypes.excise &&
      measure.some((rate) => rate.origin !== null)
    )
      throw PaymentErrors.PAYMENTS_ORIGIN_REQUIRED({ code: item.hsCode, date: facts.date });
    const rate = forOrigin(measure, item.originCountry);
    if (rate)
      lines.push(
        charge(
          number,
          type,
          rate,
          measures,
          value,
          facts,
          words,
          type === paymentTypes.excise ? claimed.excise : undefined,
        ),
      );
  }

  // VAT on the customs value plus every duty and the excise of this item, each as rounded
  let vatBase = value.tiyn;
  for (const line of lines) vatBase += line.amountTiyn;
  const fullVat = percentOf(fromTiyn(vatBase), percentFigure(rates.vat.percent));
  const vat = roundToTiyn(claimed.vat ? percentOf(fullVat, exact(claimed.vat.share)) : fullVat);
  let parts = value.text;
  for (const line of lines) parts += ` + ${formatTiyn(line.amountTiyn)} (${line.paymentType})`;
  lines.push({
    item: number,
    paymentType: paymentTypes.vat.code,
    baseTiyn: vatBase,
    rate: `${rates.vat.percent}%`,
    amountTiyn: vat,
    explanation:
      words.vat(
        paymentTypes.vat.name[words.language],
        parts,
        formatTiyn(vatBase),
        rates.vat.percent,
        rates.vat.validFrom,
        formatTiyn(claimed.vat ? roundToTiyn(fullVat) : vat),
      ) + (claimed.vat ? preferenceApplied(claimed.vat, fullVat, vat, words) : ''),
  });
  return lines;
}

/** The measures a duty or excise may be charged by besides the import duty, in the order of the lines. */
const measuresByOrigin: readonly (readonly [PaymentType, 'antiDumping' | 'countervailing' | 'special' | 'excise'])[] = [
  [paymentTypes.antiDumping, 'antiDumping'],
  [paymentTypes.countervailing, 'countervailing'],
  [paymentTypes.special, 'special'],
  [paymentTypes.excise, 'excise'],
];

/** A rate's per cent as an exact value, read once: a day's VAT rate is the same for every item. */
const percentFigures = new Map<string, Exact>();
function percentFigure(percent: string): Exact {
  let held = percentFigures.get(percent);
  if (!held) {
    held = exact(percent);
    // a handful of distinct rates in practice; bounded all the same
    if (percentFigures.size < 1000) percentFigures.set(percent, held);
  }
  return held;
}

function charge(
  number: number,
  type: PaymentType,
  rate: Rate,
  measures: ItemMeasures,
  value: CustomsValue,
  facts: CalculationFacts,
  words: Phrases,
  preference?: Preference,
): PaymentLine {
  const charged = applyRate(rate, measures, facts, words);
  const origin = rate.origin ? words.origin(rate.origin) : '';
  const amount = preference ? roundToTiyn(percentOf(charged.amount, exact(preference.share))) : charged.tiyn;
  return {
    item: number,
    paymentType: type.code,
    baseTiyn: value.tiyn,
    rate: rate.text,
    amountTiyn: amount,
    explanation:
      `${type.name[words.language]}${origin}: ${value.explanation}; ${charged.explanation}` +
      (preference ? preferenceApplied(preference, charged.amount, amount, words) : ''),
  };
}

/** The box 36 preference's part of a line's explanation: the share of the full amount that is due. */
function preferenceApplied(preference: Preference, full: Exact, amount: bigint, words: Phrases): string {
  return words.preference(
    preference.code,
    preference.name[words.language],
    formatTiyn(roundToTiyn(full)),
    preference.share,
    formatTiyn(amount),
  );
}

function customsFee(procedure: string, date: string, words: Phrases): PaymentLine {
  const mrp = inForceOn(monthlyCalculationIndex, date);
  const schedule = inForceOn(feeInMrp, date);
  if (!mrp || !schedule) throw PaymentErrors.PAYMENTS_FEE_SCHEDULE_MISSING({ date });
  const kind = declarationKindOf(procedure);
  const inMrp = schedule[kind];
  const amount = roundToTiyn(times(exact(inMrp), exact(mrp)));
  return {
    item: null,
    paymentType: paymentTypes.customsFee.code,
    baseTiyn: roundToTiyn(exact(mrp)),
    rate: `${inMrp} МРП`,
    amountTiyn: amount,
    explanation: words.fee(
      paymentTypes.customsFee.name[words.language],
      kind === 'transit',
      inMrp,
      mrp,
      date.slice(0, 4),
      formatTiyn(amount),
    ),
  };
}

function summed(lines: PaymentLine[]): Calculation {
  const totals = new Map<string, bigint>();
  for (const line of lines) totals.set(line.paymentType, (totals.get(line.paymentType) ?? 0n) + line.amountTiyn);
  // the total of the few types' totals: the same sum, in a handful of additions rather than one per line
  let total = 0n;
  for (const amount of totals.values()) total += amount;
  return { lines, totals, total };
}
