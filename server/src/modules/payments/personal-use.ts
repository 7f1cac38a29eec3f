import type { GoodsItem, PaymentLine } from './calculate.ts';
import { eCommerceNormOn } from './e-commerce.ts';
import { PaymentErrors } from './errors.ts';
import type { Phrases } from './explanations.ts';
import { type CalculationFacts, tengePer } from './facts.ts';
import {
  exact,
  formatExact,
  formatTiyn,
  fromTiyn,
  larger,
  minus,
  percentOf,
  plus,
  positivePart,
  roundToTiyn,
  times,
  zero,
} from './money.ts';
import { paymentTypes } from './payment-types.ts';
import { normsOn, type PersonalUseChannel, type PersonalUseNorm } from './personal-use-norms.ts';

export type { PersonalUseChannel } from './personal-use-norms.ts';

/**
 * The unified rate (6010) on goods for personal use (Decision No. 107): the items together
 * against the channel's norms; a norm reached exactly is not exceeded, so only what is above it
 * pays — the percent of the value over the norm, but not less than the euro per kilogram over it.
 */
export function unifiedRatePayment(
  channel: PersonalUseChannel,
  items: readonly GoodsItem[],
  values: readonly { tiyn: bigint }[],
  facts: CalculationFacts,
  words: Phrases,
): PaymentLine {
  const norms = normsOn(facts.date);
  if (!norms) throw PaymentErrors.PAYMENTS_PERSONAL_USE_NORMS_MISSING({ date: facts.date });
  return overNorm(norms[channel], words.channel[channel], items, values, facts, words);
}

/**
 * Goods of e-commerce (e-commerce.ts): the regime's own norm per parcel, once it is in force;
 * refused before, never calculated on rules that do not apply yet.
 */
export function eCommercePayment(
  items: readonly GoodsItem[],
  values: readonly { tiyn: bigint }[],
  facts: CalculationFacts,
  words: Phrases,
): PaymentLine {
  const norm = eCommerceNormOn(facts.date);
  if (!norm) throw PaymentErrors.PAYMENTS_REGIME_NOT_IN_FORCE({ date: facts.date });
  return overNorm(norm, words.eCommerce, items, values, facts, words);
}

/** The unified rate on what is over `norm`: the items' values and masses taken together. */
function overNorm(
  norm: PersonalUseNorm,
  channelLabel: string,
  items: readonly GoodsItem[],
  values: readonly { tiyn: bigint }[],
  facts: CalculationFacts,
  words: Phrases,
): PaymentLine {
  const euro = tengePer(facts, 'EUR', words);
  const valueTiyn = values.reduce((sum, value) => sum + value.tiyn, 0n);
  const mass = items.reduce((sum, item) => plus(sum, exact(item.netMassKg)), zero);
  const normValue = times(exact(norm.valueEur), euro.perUnit);
  const valueOver = positivePart(minus(fromTiyn(valueTiyn), normValue));
  const massOver = positivePart(minus(mass, exact(norm.massKg)));
  const byValue = percentOf(valueOver, exact(norm.percent));
  const byMass = times(times(massOver, exact(norm.eurPerKg)), euro.perUnit);
  const amount = roundToTiyn(larger(byValue, byMass));
  const rate = `${norm.percent}%, но не менее ${norm.eurPerKg} EUR за 1 кг`;
  const stated = words.personalUseFacts(
    formatTiyn(valueTiyn),
    norm.valueEur,
    formatTiyn(roundToTiyn(normValue)),
    euro.explained,
    formatExact(mass, 3),
    norm.massKg,
  );
  const verdict =
    amount === 0n && valueOver.n === 0n && massOver.n === 0n
      ? words.withinNorms
      : words.overNorms(
          formatTiyn(roundToTiyn(valueOver)),
          norm.percent,
          formatTiyn(roundToTiyn(byValue)),
          formatExact(massOver, 3),
          norm.eurPerKg,
          formatExact(euro.perUnit),
          formatTiyn(roundToTiyn(byMass)),
          formatTiyn(amount),
        );
  return {
    item: null,
    paymentType: paymentTypes.unifiedRate.code,
    baseTiyn: roundToTiyn(valueOver),
    rate,
    amountTiyn: amount,
    explanation: `${paymentTypes.unifiedRate.name[words.language]} (${channelLabel}): ${stated}; ${verdict}`,
  };
}
